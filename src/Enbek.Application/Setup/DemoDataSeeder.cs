using Enbek.Data;
using Enbek.Data.Identity;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Setup;

/// <summary>
/// Creates the demo organisations, accounts and reception journal. A second run keeps what exists:
/// organisations are matched by name, accounts by user name.
/// </summary>
public sealed class DemoDataSeeder(string ownerConnection, TimeProvider clock)
{
    private static readonly string[] VisitorNames =
    [
        "Әлібек Серікұлы", "Гүлмира Асанова", "Данияр Қожахметов", "Анна Смирнова", "Мұрат Есенов", "Айжан Нұрова",
        "Сергей Ким", "Жанна Тәжібаева", "Ерасыл Құдайбергенов", "Мадина Ахметова", "Нұржан Байұлы", "Олеся Павленко",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        Dictionary<string, Organisation> organisations;
        List<Organisation> created;
        await using (var db = EnbekDatabase.CreateContext(ownerConnection, FixedActor.Nobody))
        {
            (organisations, created) = await EnsureOrganisationsAsync(db, now, cancellationToken);
            await EnsureCommissionMembersAsync(db, organisations, created, now, cancellationToken);
            await EnsureAccountsAsync(db, organisations, now, cancellationToken);
        }

        foreach (var center in created.Where(o => o.Kind == OrganisationKind.EmploymentCenter))
        {
            await SeedReceptionJournalAsync(center, now, cancellationToken);
        }

        await SeedPersonsAsync(organisations, created, now, cancellationToken);
        await SeedParticipationAsync(organisations, now, cancellationToken);
    }

    /// <summary>Applications and contracts for each center that has none yet, so a database made before them gets them too.</summary>
    private async Task SeedParticipationAsync(Dictionary<string, Organisation> organisations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = EnbekDatabase.CreateContext(ownerConnection, FixedActor.Nobody);
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        foreach (var center in organisations.Values.Where(o => o.Kind == OrganisationKind.EmploymentCenter))
        {
            if (await db.ProgrammeApplications.IgnoreQueryFilters().AnyAsync(a => a.IssuedByCenterId == center.Id, cancellationToken))
            {
                continue;
            }

            var persons = await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => p.CenterId == center.Id).ToListAsync(cancellationToken);
            var items = DemoParticipation.For(persons, today, now);
            db.ProgrammeApplications.AddRange(items.Select(i => i.Application));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (application, contract) in items.Where(i => i.Contract is not null))
            {
                contract!.ApplicationId = application.Id;
                db.SocialContracts.Add(contract);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>People for each new center, and one transfer waiting for an answer between the two centers of one district.</summary>
    private async Task SeedPersonsAsync(Dictionary<string, Organisation> organisations, List<Organisation> created, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // As the owner: the demo spans centers, and the tenant filter is lifted only here, in set-up.
        await using var db = EnbekDatabase.CreateContext(ownerConnection, FixedActor.Nobody);
        var used = (await db.Persons.IgnoreQueryFilters().Select(p => p.Iin).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var center in created.Where(o => o.Kind == OrganisationKind.EmploymentCenter))
        {
            DemoPersons.AddTo(db, center, now, used);
        }

        await db.SaveChangesAsync(cancellationToken);

        var (holder, requester) = (organisations["center-astana-almaty-1"], organisations["center-astana-almaty-2"]);
        if (!created.Contains(holder) || !created.Contains(requester))
        {
            return;
        }

        var person = await db.Persons.IgnoreQueryFilters().Where(p => p.CenterId == holder.Id && !p.IsVoided).OrderBy(p => p.Id).FirstAsync(cancellationToken);
        var calendar = WorkingDayCalendar.ForWholeYearsOf(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken));
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        db.PersonTransfers.Add(DemoPersons.PendingTransfer(person, requester, now, PersonTransfer.AnswerDeadline(calendar, today).Due));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<(Dictionary<string, Organisation>, List<Organisation>)> EnsureOrganisationsAsync(
        EnbekDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.NameEn, cancellationToken);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Kato, r => r.Id, cancellationToken);
        var districts = await db.Districts.Where(d => d.ValidTo == null).ToDictionaryAsync(d => d.Kato, d => d.Id, cancellationToken);
        var byKey = new Dictionary<string, Organisation>();
        var created = new List<Organisation>();
        foreach (var demo in DemoData.Organisations)
        {
            if (!existing.TryGetValue(demo.NameEn, out var organisation))
            {
                organisation = new Organisation
                {
                    Kind = demo.Kind,
                    LenderKind = demo.LenderKind,
                    NameKk = demo.NameKk,
                    NameRu = demo.NameRu,
                    NameEn = demo.NameEn,
                    Bin = demo.Bin,
                    RegionId = demo.RegionKato is null ? null : regions[demo.RegionKato],
                    DistrictId = demo.DistrictKato is null ? null : districts[demo.DistrictKato],
                    CreatedAt = now,
                };
                db.Organisations.Add(organisation);
                created.Add(organisation);
            }

            byKey[demo.Key] = organisation;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (byKey, created);
    }

    private static async Task EnsureCommissionMembersAsync(
        EnbekDbContext db, Dictionary<string, Organisation> organisations, List<Organisation> created, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-1);
        foreach (var (commission, name, jobTitle, position) in DemoData.CommissionMembers.Where(m => created.Contains(organisations[m.Commission])))
        {
            db.CommissionMembers.Add(new CommissionMember
            {
                CommissionId = organisations[commission].Id,
                FullName = name,
                JobTitle = jobTitle,
                Position = position,
                ValidFrom = new DateOnly(from.Year, 1, 1),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task EnsureAccountsAsync(
        EnbekDbContext db, Dictionary<string, Organisation> organisations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var existing = await db.Users.Select(u => u.NormalizedUserName).ToHashSetAsync(cancellationToken);
        var hasher = new PasswordHasher<ApplicationUser>();
        foreach (var account in DemoData.Accounts.Where(a => !existing.Contains(a.UserName.ToUpperInvariant())))
        {
            var user = new ApplicationUser
            {
                UserName = account.UserName,
                NormalizedUserName = account.UserName.ToUpperInvariant(),
                FullName = account.FullName,
                OrganisationId = organisations[account.OrganisationKey].Id,
                PreferredCulture = account.Culture,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                CreatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
            db.Users.Add(user);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var role in account.Roles)
            {
                db.UserRoles.Add(new IdentityUserRole<long> { UserId = user.Id, RoleId = roles[role.ToString()] });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Runs as the center itself: the journal is tenant data and row-level security applies.</summary>
    private async Task SeedReceptionJournalAsync(Organisation center, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = EnbekDatabase.CreateContext(ownerConnection, new FixedActor(null, center.Scope()));
        var random = new Random((int)center.Id);
        var purposes = Enum.GetValues<VisitPurpose>();
        var outcomes = Enum.GetValues<VisitOutcome>();
        var count = 20 + random.Next(15);
        for (var i = 0; i < count; i++)
        {
            var visitedAt = now.AddDays(-random.Next(0, 60)).AddMinutes(-random.Next(0, 480));
            db.ReceptionVisits.Add(new ReceptionVisit
            {
                CenterId = center.Id,
                VisitedAt = visitedAt,
                PersonName = VisitorNames[random.Next(VisitorNames.Length)],
                Iin = random.Next(3) == 0 ? null : DemoIin(random),
                Purpose = purposes[random.Next(purposes.Length)],
                Outcome = outcomes[random.Next(outcomes.Length)],
                ClerkUserId = null,
                ClerkName = "—",
                CreatedAt = visitedAt,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A valid IIN of an adult born 1970–2004.</summary>
    public static string DemoIin(Random random)
    {
        while (true)
        {
            var birth = new DateOnly(1970, 1, 1).AddDays(random.Next(0, 35 * 365));
            var centuryAndSex = birth.Year >= 2000 ? 5 + random.Next(2) : 3 + random.Next(2);
            var text = $"{birth:yyMMdd}{centuryAndSex}{random.Next(0, 10000):D4}";
            var digits = text.Select(c => c - '0').ToArray();
            if (Iin.CheckDigit(digits) is { } check)
            {
                return text + check;
            }
        }
    }
}
