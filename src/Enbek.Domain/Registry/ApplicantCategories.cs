namespace Enbek.Domain.Registry;

public static class ApplicantCategories
{
    /// <summary>
    /// The employment status an applicant of the category declares (section 2.1): the categories that
    /// are also statuses on the labour market; null for the others (a kandas, a resettler, a farm household…).
    /// </summary>
    public static EmploymentStatus? DeclaredStatus(this ApplicantCategory category) =>
        Enum.TryParse<EmploymentStatus>(category.ToString(), out var status) ? status : null;
}
