using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Employers;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Application.Employers;

/// <summary>
/// The national register of employers, one per BIN: every center reads it and enters or updates the
/// employers it works with; the audit log keeps who changed what.
/// </summary>
public sealed class EmployerService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>By BIN (whole or its beginning) or by a part of the name, in name order.</summary>
    public async Task<List<Employer>> SearchAsync(string? query, long? regionId, CancellationToken cancellationToken = default)
    {
        var employers = db.Employers.AsNoTracking();
        var text = query?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            employers = text.All(char.IsAsciiDigit)
                ? employers.Where(e => e.Bin.StartsWith(text))
                : employers.Where(e => EF.Functions.ILike(e.Name, TextSearch.Containing(text)));
        }

        if (regionId is { } region)
        {
            employers = employers.Where(e => e.RegionId == region);
        }

        return await employers.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

    public async Task<Employer> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("Employer");

    public async Task<(ServiceResult Result, long? Id)> CreateAsync(EmployerEntry entry, CancellationToken cancellationToken = default)
    {
        CenterScope();
        if (await CheckAsync(entry, null, cancellationToken) is { Succeeded: false } refused)
        {
            return (refused, null);
        }

        var employer = new Employer
        {
            Bin = entry.Bin.Trim(),
            Name = entry.Name.Trim(),
            RegisteredByCenterId = actor.Scope!.OrganisationId,
            CreatedAt = clock.GetUtcNow(),
        };
        Apply(employer, entry);
        db.Employers.Add(employer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (ServiceResult.Fail("Bin", "An employer with this BIN is already registered."), null);
        }

        return (ServiceResult.Ok, employer.Id);
    }

    public async Task<ServiceResult> UpdateAsync(long id, EmployerEntry entry, CancellationToken cancellationToken = default)
    {
        CenterScope();
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("Employer");
        if (await CheckAsync(entry, id, cancellationToken) is { Succeeded: false } refused)
        {
            return refused;
        }

        employer.Name = entry.Name.Trim();
        Apply(employer, entry);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>What the form cannot know: the BIN's check digit, uniqueness, the district's region, dates not in the future.</summary>
    private async Task<ServiceResult> CheckAsync(EmployerEntry entry, long? id, CancellationToken cancellationToken)
    {
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        if (!Bin.IsValid(entry.Bin))
        {
            return ServiceResult.Fail("Bin", "The BIN is not valid: 12 digits with a correct check digit.");
        }

        if (id is null && await db.Employers.AnyAsync(e => e.Bin == entry.Bin.Trim(), cancellationToken))
        {
            return ServiceResult.Fail("Bin", "An employer with this BIN is already registered.");
        }

        if (entry.DistrictId is { } district && !await db.Districts.AnyAsync(d => d.Id == district && d.RegionId == entry.RegionId, cancellationToken))
        {
            return ServiceResult.Fail("DistrictId", "The district is not in the chosen region.");
        }

        DateOnly?[] dates = [entry.RegisteredOn, entry.TaxCheckedOn, entry.WageArrearsCheckedOn];
        return dates.Any(d => d > today) ? ServiceResult.Fail("RegisteredOn", "A date cannot be in the future.") : ServiceResult.Ok;
    }

    private static void Apply(Employer employer, EmployerEntry entry)
    {
        employer.RegionId = entry.RegionId;
        employer.DistrictId = entry.DistrictId;
        employer.Size = entry.Size;
        employer.RegisteredOn = entry.RegisteredOn;
        employer.Sector = string.IsNullOrWhiteSpace(entry.Sector) ? null : entry.Sector.Trim();
        employer.StateSharePercent = entry.StateSharePercent;
        employer.TaxCompliant = entry.TaxCompliant;
        employer.TaxCheckedOn = entry.TaxCompliant is null ? null : entry.TaxCheckedOn;
        employer.NoWageArrears = entry.NoWageArrears;
        employer.WageArrearsCheckedOn = entry.NoWageArrears is null ? null : entry.WageArrearsCheckedOn;
        employer.ContactPerson = string.IsNullOrWhiteSpace(entry.ContactPerson) ? null : entry.ContactPerson.Trim();
        employer.Phone = string.IsNullOrWhiteSpace(entry.Phone) ? null : entry.Phone.Trim();
        employer.Email = string.IsNullOrWhiteSpace(entry.Email) ? null : entry.Email.Trim();
    }

    private void CenterScope()
    {
        if (actor.Scope is not { Level: ScopeLevel.Center, CanWrite: true })
        {
            throw new InvalidOperationException("Only an employment center enters employers.");
        }
    }
}
