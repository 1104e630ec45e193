using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

public enum PersonSort
{
    Name,
    RegisteredLatest,
}

/// <summary>Filters of the person list; registration dates are calendar days, both ends included.</summary>
public sealed class PersonFilter
{
    /// <summary>A whole IIN, or the beginnings of name words in any order ("кайрат ахм").</summary>
    public string? Query { get; set; }
    public EmploymentStatus? Status { get; set; }
    public DateOnly? RegisteredFrom { get; set; }
    public DateOnly? RegisteredTo { get; set; }

    /// <summary>The district of the holding center (for district, regional and national users).</summary>
    public long? DistrictId { get; set; }
    public bool IncludeVoided { get; set; }
    public PersonSort Sort { get; set; }

    /// <summary>Search by similar spellings rather than by the beginnings of the words.</summary>
    public bool Similar { get; set; }

    /// <summary>Keyset: continue after this row.</summary>
    public string? After { get; set; }
}
