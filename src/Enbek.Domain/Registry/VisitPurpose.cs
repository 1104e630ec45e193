namespace Enbek.Domain.Registry;

public enum VisitPurpose
{
    Consultation,
    Registration,
    ProgrammeApplication,
    VacancySearch,
    Training,
    Entrepreneurship,
    SocialPayments,
    Documents,
    Other,
}
