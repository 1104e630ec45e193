using Enbek.Domain.Organisations;

namespace Enbek.Data.Scope;

/// <summary>An explicit actor for work outside a request (set-up, imports, jobs): never "no scope means all".</summary>
public sealed class FixedActor(long? userId, OrganisationScope? scope) : ICurrentActor
{
    public static readonly FixedActor Nobody = new(null, null);

    public long? UserId { get; } = userId;

    public OrganisationScope? Scope { get; } = scope;
}
