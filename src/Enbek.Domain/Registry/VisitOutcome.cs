namespace Enbek.Domain.Registry;

public enum VisitOutcome
{
    Consulted,
    RegisteredAsJobSeeker,
    ApplicationAccepted,
    ReferredToVacancy,
    ReferredToMeasure,
    RedirectedElsewhere,
    DocumentsRequested,
    Other,
}
