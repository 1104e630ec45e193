using Enbek.Domain.Organisations;

namespace Enbek.Data.Scope;

/// <summary>Who is acting: the signed-in user and the scope of their organisation, or none.</summary>
public interface ICurrentActor
{
    long? UserId { get; }

    OrganisationScope? Scope { get; }
}
