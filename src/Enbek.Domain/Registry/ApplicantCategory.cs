namespace Enbek.Domain.Registry;

/// <summary>
/// Who the applicant is when the application is made, as the programme names its participants
/// (section 2.1 and section 5; PROGRAMME.md §1). Wider than <see cref="EmploymentStatus"/>: a kandas or
/// a resettler is a category of participant, not a status on the labour market.
/// </summary>
public enum ApplicantCategory
{
    Unemployed,
    SelfEmployed,
    UnproductivelyEmployed,
    JobSeeker,
    RedundantWorker,
    Student,
    Graduate,
    NoviceEntrepreneur,
    AgriculturalCooperativeMember,
    FarmHousehold,
    Kandas,
    Resettler,
}
