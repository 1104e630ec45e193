using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enbek.Data.Scope;

/// <summary>Sets the actor's scope each time EF opens a connection (Npgsql resets it on return to the pool).</summary>
public sealed class ScopeConnectionInterceptor(ICurrentActor actor) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        ScopeSession.Apply(connection, actor);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ScopeSession.ApplyAsync(connection, actor, cancellationToken);
}
