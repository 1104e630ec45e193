using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enbek.Data.Scope;

/// <summary>
/// Sets the scope of the context's actor each time EF opens a connection: the pool hands connections
/// out as the last user left them (<see cref="EnbekDatabase.ConfigureScoped"/>), so this is what
/// replaces the previous scope. Stateless: the actor is read from the context that opens the
/// connection, so one instance serves every context, pooled or not.
/// </summary>
public sealed class ScopeConnectionInterceptor : DbConnectionInterceptor
{
    public static readonly ScopeConnectionInterceptor Instance = new();

    private ScopeConnectionInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        ScopeSession.Apply(connection, ActorOf(eventData));

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ScopeSession.ApplyAsync(connection, ActorOf(eventData), cancellationToken);

    /// <summary>A connection opened by anything but the portal's context acts for nobody.</summary>
    private static ICurrentActor ActorOf(ConnectionEndEventData eventData) =>
        (eventData.Context as EnbekDbContext)?.Actor ?? FixedActor.Nobody;
}
