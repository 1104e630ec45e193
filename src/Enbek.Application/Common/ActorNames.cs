using Enbek.Data;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Common;

public static class ActorNames
{
    /// <summary>The full name of the signed-in user, as records keep it (who recorded, who answered).</summary>
    public static Task<string> FullNameAsync(this EnbekDbContext db, long? userId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync(cancellationToken);
}
