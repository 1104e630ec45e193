using System.Linq.Expressions;
using System.Reflection;
using Enbek.Data.Identity;
using Enbek.Data.Scope;
using Enbek.Domain.Audit;
using Enbek.Domain.Calendar;
using Enbek.Domain.Employers;
using Enbek.Domain.Indicators;
using Enbek.Domain.Organisations;
using Enbek.Domain.ReferenceData;
using Enbek.Domain.Registry;
using Enbek.Domain.Territory;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Data;

/// <summary>
/// The portal's database. One constructor taking only its options, so that the portal can pool
/// contexts: whom a context acts for is <see cref="Actor"/>, set when the context is handed out.
/// </summary>
public class EnbekDbContext(DbContextOptions<EnbekDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, long>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    /// <summary>
    /// Who acts through this context: the tenant query filters read it at each query and the
    /// connection interceptor when a connection opens. Nobody (no rows) until it is set.
    /// </summary>
    public ICurrentActor Actor { get; set; } = FixedActor.Nobody;

    /// <summary>A context returned to the pool acts for nobody until it is handed out again.</summary>
    public override void Dispose()
    {
        Actor = FixedActor.Nobody;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        Actor = FixedActor.Nobody;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<KatoCode> KatoCodes => Set<KatoCode>();
    public DbSet<Settlement> Settlements => Set<Settlement>();
    public DbSet<SettlementClassChange> SettlementClassChanges => Set<SettlementClassChange>();
    public DbSet<ProgrammeRegionListEntry> ProgrammeRegionLists => Set<ProgrammeRegionListEntry>();
    public DbSet<MciPeriod> MciPeriods => Set<MciPeriod>();
    public DbSet<EffectiveAmountRow> EffectiveAmounts => Set<EffectiveAmountRow>();
    public DbSet<RetirementAgePeriod> RetirementAges => Set<RetirementAgePeriod>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<CommissionMember> CommissionMembers => Set<CommissionMember>();
    public DbSet<ReceptionVisit> ReceptionVisits => Set<ReceptionVisit>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<EmploymentStatusChange> EmploymentStatusChanges => Set<EmploymentStatusChange>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<PersonTransfer> PersonTransfers => Set<PersonTransfer>();
    public DbSet<PersonDocument> PersonDocuments => Set<PersonDocument>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<ProgrammeApplication> ProgrammeApplications => Set<ProgrammeApplication>();
    public DbSet<SocialContract> SocialContracts => Set<SocialContract>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<LoginEvent> LoginEvents => Set<LoginEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the tenant query filters at each query, not at construction: a request's context may be
    // created while authentication is still running, before the user is known.
    private ScopeLevel? ScopeLevelValue => Actor.Scope?.Level;
    private long? ScopeOrganisationId => Actor.Scope?.OrganisationId;
    private long? ScopeRegionId => Actor.Scope?.RegionId;
    private long? ScopeDistrictId => Actor.Scope?.DistrictId;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<ApplicationRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<long>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<long>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<long>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<long>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<long>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(EnbekDbContext).Assembly);
        builder.HasPostgresExtension("pg_trgm");
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            var apply = typeof(IAddressed).IsAssignableFrom(entity.ClrType) ? ApplyAddressedTenantFilterMethod : ApplyTenantFilterMethod;
            apply.MakeGenericMethod(entity.ClrType).Invoke(this, [builder]);
        }
    }

    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(EnbekDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo ApplyAddressedTenantFilterMethod =
        typeof(EnbekDbContext).GetMethod(nameof(ApplyAddressedTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Layer 1 of tenant isolation; row-level security in PostgreSQL is layer 2.</summary>
    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e =>
            ScopeLevelValue == ScopeLevel.Country
            || (ScopeLevelValue == ScopeLevel.Region && e.RegionId == ScopeRegionId)
            || (ScopeLevelValue == ScopeLevel.District && e.DistrictId == ScopeDistrictId)
            || (ScopeLevelValue == ScopeLevel.Center && e.CenterId == ScopeOrganisationId);
        ConfigureTenant(builder, filter);
    }

    /// <summary>The same, or addressed to the actor's organisation (as the row-level policy says).</summary>
    private void ApplyAddressedTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned, IAddressed
    {
        Expression<Func<T, bool>> filter = e =>
            ScopeLevelValue == ScopeLevel.Country
            || (ScopeLevelValue == ScopeLevel.Region && e.RegionId == ScopeRegionId)
            || (ScopeLevelValue == ScopeLevel.District && e.DistrictId == ScopeDistrictId)
            || (ScopeLevelValue == ScopeLevel.Center && e.CenterId == ScopeOrganisationId)
            || e.AddresseeId == ScopeOrganisationId;
        ConfigureTenant(builder, filter);
    }

    private static void ConfigureTenant<T>(ModelBuilder builder, Expression<Func<T, bool>> filter)
        where T : class, ITenantOwned
    {
        builder.Entity<T>().HasQueryFilter(TenantFilter, filter);
        builder.Entity<T>().Property(e => e.RegionId).ValueGeneratedOnAdd();
        builder.Entity<T>().Property(e => e.DistrictId).ValueGeneratedOnAdd();
        builder.Entity<T>().Property(e => e.ScopePath).ValueGeneratedOnAdd().HasMaxLength(200).UseCollation("C");
        builder.Entity<T>().HasIndex(e => e.ScopePath);
    }
}
