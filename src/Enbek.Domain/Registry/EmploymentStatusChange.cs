using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>A dated change of a person's employment status, so that "unemployed since" can be computed.</summary>
public class EmploymentStatusChange : CenterOwnedRecord
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public EmploymentStatus Status { get; set; }
    public DateOnly Since { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>
    /// The first day of the unbroken spell of unemployment that includes <paramref name="asOf"/>, or
    /// null when the person is not unemployed on that day.
    /// </summary>
    public static DateOnly? UnemployedSince(IEnumerable<EmploymentStatusChange> history, DateOnly asOf)
    {
        var spells = history.Where(c => c.Since <= asOf).OrderBy(c => c.Since).ThenBy(c => c.Id).ToList();
        if (spells.Count == 0 || spells[^1].Status != EmploymentStatus.Unemployed)
        {
            return null;
        }

        var start = spells[^1].Since;
        for (var i = spells.Count - 2; i >= 0 && spells[i].Status == EmploymentStatus.Unemployed; i--)
        {
            start = spells[i].Since;
        }

        return start;
    }
}
