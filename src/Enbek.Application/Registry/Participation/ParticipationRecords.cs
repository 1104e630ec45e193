using System.Text.Json;
using System.Text.Json.Serialization;
using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Participation;

/// <summary>What the application and contract services share: the writing center, today, rule results as jsonb, refusals as field errors.</summary>
internal static class ParticipationRecords
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static OrganisationScope CenterScope(ICurrentActor actor) =>
        actor.Scope is { Level: ScopeLevel.Center, CanWrite: true } scope
            ? scope
            : throw new InvalidOperationException("Only an employment center registers applications and contracts.");

    public static DateOnly Today(TimeProvider clock) => KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);

    public static string ToJson(IEnumerable<RuleResult> results) => JsonSerializer.Serialize(results, Json);

    public static IReadOnlyList<RuleResult> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<RuleResult>>(json, Json) ?? [];

    /// <summary>The first failed rule as an error next to the named field, or success.</summary>
    public static ServiceResult Check(params (RuleResult Result, string Field)[] checks) =>
        checks.FirstOrDefault(c => c.Result.Outcome == RuleOutcome.Failed) is { Result: not null } failed
            ? ServiceResult.Fail(failed.Field, failed.Result.MessageKey)
            : ServiceResult.Ok;

    public static T[] ParseAll<T>(IEnumerable<string> values)
        where T : struct, Enum => [.. values.Select(v => Enum.Parse<T>(v))];

    public static T? ParseOrNull<T>(string? value)
        where T : struct, Enum => value is null ? null : Enum.Parse<T>(value);

    /// <summary>Saves once; a stale xmin (someone saved first) becomes a message, not an error page.</summary>
    public static async Task<ServiceResult> SaveOrConflictAsync(this EnbekDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ServiceResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Fail(ConcurrencyMessages.Field, ConcurrencyMessages.ChangedByOthers);
        }
    }
}
