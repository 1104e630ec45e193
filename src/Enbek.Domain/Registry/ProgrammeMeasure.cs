namespace Enbek.Domain.Registry;

/// <summary>
/// A measure of the programme an applicant may ask for; <see cref="ProgrammeMeasures.DirectionOf"/>
/// says which direction it belongs to.
/// </summary>
public enum ProgrammeMeasure
{
    Tvet,
    ShortTermTraining,
    Serpin,
    Retraining,
    BastauBusiness,
    Microcredit,
    Guarantee,
    StateGrant,
    VacancyPlacement,
    SocialJob,
    YouthPractice,
    PublicWorks,
    LabourMobility,
    InfrastructureProject,
}
