namespace Enbek.Domain.Registry;

/// <summary>Why an applicant is not included (бас тарту себебі); <see cref="Other"/> needs the reason in words.</summary>
public enum ApplicationRefusalReason
{
    NotInParticipantCategory,
    DocumentsIncomplete,
    FalseInformation,
    MeasureNotAvailable,
    AlreadyParticipating,
    WithdrawnByApplicant,
    Other,
}
