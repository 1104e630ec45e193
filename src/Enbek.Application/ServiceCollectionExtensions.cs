using Enbek.Application.Accounts;
using Enbek.Application.Employers;
using Enbek.Application.Home;
using Enbek.Application.Indicators;
using Enbek.Application.Organisations;
using Enbek.Application.ReferenceData;
using Enbek.Application.Registry;
using Enbek.Application.Registry.Participation;
using Enbek.Application.Registry.Persons;
using Enbek.Application.Territory;
using Microsoft.Extensions.DependencyInjection;

namespace Enbek.Application;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddEnbekApplication(this IServiceCollection services)
    {
        services.AddScoped<LoginHistoryService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<OrganisationAdminService>();
        services.AddScoped<CommissionMemberService>();
        services.AddScoped<ReceptionJournalService>();
        services.AddScoped<RecordHistoryService>();
        services.AddScoped<PersonHolderLookup>();
        services.AddScoped<PersonRegistrationService>();
        services.AddScoped<PersonImportService>();
        services.AddScoped<PersonSearchService>();
        services.AddSingleton<CommonNameWords>();
        services.AddScoped<PersonTransferService>();
        services.AddScoped<CaseFileService>();
        services.AddScoped<HeldCaseFiles>();
        services.AddScoped<Registry.Participation.ParticipationDocuments>();
        services.AddScoped<CenterDayService>();
        services.AddScoped<OutsideViews>();
        services.AddScoped<PersonDocumentService>();
        services.AddScoped<FamilyService>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<SocialContractService>();
        services.AddScoped<ParticipationReader>();
        services.AddScoped<EmployerService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<ReferenceDataService>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddScoped<TerritoryService>();
        services.AddScoped<IndicatorCatalogueService>();
        return services;
    }
}
