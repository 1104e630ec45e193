namespace Enbek.Domain.Registry;

/// <summary>A person's status on the labour market as the programme names it (section 2.1; PROGRAMME.md §1).</summary>
public enum EmploymentStatus
{
    Unemployed,
    SelfEmployed,
    UnproductivelyEmployed,
    JobSeeker,
    RedundantWorker,
    Student,
    Graduate,
    NoviceEntrepreneur,
    Employed,
}
