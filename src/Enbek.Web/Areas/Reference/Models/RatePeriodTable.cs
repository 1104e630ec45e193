using Enbek.Application.ReferenceData;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>One table of periods; <see cref="WithSecondMci"/> adds the column of the general MCI.</summary>
public sealed record RatePeriodTable(string Id, IReadOnlyList<RatePeriodRow> Rows, bool WithSecondMci);
