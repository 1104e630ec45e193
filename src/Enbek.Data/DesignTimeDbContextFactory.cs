using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enbek.Data;

/// <summary>Lets the EF tools build the model for migrations without starting the portal.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EnbekDbContext>
{
    public EnbekDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        EnbekDatabase.Configure(options, Environment.GetEnvironmentVariable("ENBEK_OWNER_CONNECTION")
            ?? "Host=127.0.0.1;Port=5432;Database=enbek;Username=enbek_owner");
        return new EnbekDbContext(options.Options);
    }
}
