namespace Enbek.Domain.Territory;

/// <summary>
/// A region's place in one of the programme's region lists for a period. Entries are never deleted:
/// a region leaves a list when its entry is given a last day.
/// </summary>
public class ProgrammeRegionListEntry
{
    public long Id { get; set; }
    public ProgrammeRegionListKind List { get; set; }
    public long RegionId { get; set; }
    public Region? Region { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public required string Basis { get; set; }

    public bool IsListedOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>True when the entry covers the date or any later day, so a new entry from that date would overlap it.</summary>
    public bool ListsOnOrAfter(DateOnly date) => ValidTo is null || ValidTo >= date;

    /// <summary>The last day may shorten the entry but not end it before it starts or extend it.</summary>
    public bool CanEndOn(DateOnly lastDay) => (ValidFrom is null || ValidFrom <= lastDay) && (ValidTo is null || lastDay < ValidTo);

    public void EndOn(DateOnly lastDay)
    {
        if (!CanEndOn(lastDay))
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, "The last day must fall within the entry's period.");
        }

        ValidTo = lastDay;
    }
}
