using Enbek.Application.Common;
using Enbek.Application.Registry;
using Enbek.Data;
using Enbek.Domain.Calendar;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Organisations;

/// <summary>
/// Members of the commissions an administrator manages. A membership runs from a first day to a last
/// day; it is ended, never deleted, so past protocols keep their members.
/// </summary>
public sealed class CommissionMemberService(EnbekDbContext db, OrganisationAdminService organisations, TimeProvider clock)
{
    /// <summary>Today in Kazakhstan, the first or last day a form proposes.</summary>
    public DateOnly Today() => KazakhstanTime.Today(clock, ReceptionJournalService.JournalTimeZone);

    /// <summary>Current members first (chair, deputies, secretary, members), then past ones.</summary>
    public async Task<List<CommissionMember>> ForCommissionAsync(long commissionId, CancellationToken cancellationToken = default)
    {
        await CommissionAsync(commissionId, cancellationToken);
        var members = await db.CommissionMembers.AsNoTracking().Where(m => m.CommissionId == commissionId).ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.IsEnded).ThenBy(m => m.Position).ThenBy(m => m.ValidFrom).ThenBy(m => m.FullName, StringComparer.Ordinal)];
    }

    public async Task<CommissionMember> GetAsync(long commissionId, long memberId, CancellationToken cancellationToken = default)
    {
        await CommissionAsync(commissionId, cancellationToken);
        return await db.CommissionMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.CommissionId == commissionId, cancellationToken)
            ?? throw new NotFoundException("Commission member");
    }

    /// <summary>Adds a member from the given first day; the chair and the secretary are one person at a time.</summary>
    public async Task<ServiceResult> AddAsync(long commissionId, CommissionMember draft, CancellationToken cancellationToken = default)
    {
        await CommissionAsync(commissionId, cancellationToken);
        var members = await db.CommissionMembers.AsNoTracking().Where(m => m.CommissionId == commissionId).ToListAsync(cancellationToken);
        if (CommissionComposition.SeatHolderDuring(members, draft.Position, draft.ValidFrom, null) is not null)
        {
            return ServiceResult.Fail(nameof(draft.Position), "SeatTaken");
        }

        db.CommissionMembers.Add(new CommissionMember
        {
            CommissionId = commissionId,
            FullName = draft.FullName.Trim(),
            JobTitle = draft.JobTitle.Trim(),
            Position = draft.Position,
            ValidFrom = draft.ValidFrom,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>Ends a current membership; the given day is its last.</summary>
    public async Task<ServiceResult> EndAsync(long commissionId, long memberId, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        await CommissionAsync(commissionId, cancellationToken);
        var member = await db.CommissionMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.CommissionId == commissionId, cancellationToken)
            ?? throw new NotFoundException("Commission member");
        if (member.IsEnded)
        {
            return ServiceResult.Fail(nameof(member.ValidTo), "MembershipAlreadyEnded");
        }

        if (lastDay < member.ValidFrom)
        {
            return ServiceResult.Fail(nameof(member.ValidTo), "EndBeforeStart");
        }

        member.End(lastDay);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    private async Task CommissionAsync(long id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.Manageable().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null || !CommissionComposition.IsCommission(organisation.Kind))
        {
            throw new NotFoundException("Commission");
        }
    }
}
