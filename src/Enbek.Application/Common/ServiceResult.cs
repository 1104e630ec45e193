namespace Enbek.Application.Common;

/// <summary>A use case's outcome: success, or errors as (field, resource key) pairs for the form.</summary>
public sealed record ServiceResult(IReadOnlyList<(string Field, string MessageKey)> Errors)
{
    public static readonly ServiceResult Ok = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static ServiceResult Fail(string field, string messageKey) => new([(field, messageKey)]);
}
