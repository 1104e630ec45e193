namespace Enbek.Bench.Seeding;

/// <summary>The seed-persons command: --count N [--seed 2026] [--audit off|on], as the owner (ConnectionStrings__Owner).</summary>
public static class PersonSeeding
{
    public static async Task<int> RunAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var seeder = new PersonSeeder(CommandLine.ConnectionString("Owner"), line.Number("seed", 2026), line.Text("audit", "off") == "on");
        var count = line.Number("count", 1_000_000);
        line.EnsureAllRead();
        await seeder.RunAsync(count, cancellationToken);
        return 0;
    }
}
