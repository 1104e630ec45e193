using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>Filters of the center's contract list, in the order the terms end.</summary>
public sealed class ContractFilter
{
    public SocialContractStatus? Status { get; set; }

    /// <summary>Only open contracts whose term ends within <see cref="SocialContractService.EndingWithinDays"/> days.</summary>
    public bool EndingSoon { get; set; }

    /// <summary>Keyset: continue after this row (term-end|id).</summary>
    public string? After { get; set; }
}
