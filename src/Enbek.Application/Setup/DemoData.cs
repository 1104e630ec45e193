using Enbek.Domain.Access;
using Enbek.Domain.Organisations;

namespace Enbek.Application.Setup;

/// <summary>
/// The demo data set: three regions (Astana city, rural Akmola and Turkestan oblasts), two districts
/// each, a center in every district and two in one, and at least one of every other kind of body.
/// </summary>
public static class DemoData
{
    /// <summary>Demo secret, shared by every demo account and named as such in the README.</summary>
    public const string Password = "Enbek-demo-2026";

    private const string Astana = "710000000", AstanaAlmaty = "711110000", AstanaEsil = "711210000";
    private const string Akmola = "110000000", Akkol = "113200000", Burabay = "117000000";
    private const string Turkestan = "610000000", Zhetysai = "613800000", Sayram = "615200000";

    public static readonly DemoOrganisation[] Organisations =
    [
        new("ministry", OrganisationKind.Ministry, "Еңбек және халықты әлеуметтік қорғау министрлігі", "Министерство труда и социальной защиты населения", "Ministry of Labour and Social Protection"),
        new("wdc", OrganisationKind.WorkforceDevelopmentCenter, "«Еңбек ресурстарын дамыту орталығы» АҚ", "АО «Центр развития трудовых ресурсов»", "Workforce Development Center JSC"),
        new("npp", OrganisationKind.NationalChamber, "«Атамекен» ҰКП", "НПП «Атамекен»", "Atameken National Chamber"),
        new("center-astana-almaty-1", OrganisationKind.EmploymentCenter, "Алматы ауданының №1 жұмыспен қамту орталығы", "Центр занятости №1 района Алматы", "Employment Center No 1, Almaty District", Astana, AstanaAlmaty),
        new("center-astana-almaty-2", OrganisationKind.EmploymentCenter, "Алматы ауданының №2 жұмыспен қамту орталығы", "Центр занятости №2 района Алматы", "Employment Center No 2, Almaty District", Astana, AstanaAlmaty),
        new("center-astana-esil", OrganisationKind.EmploymentCenter, "Есіл ауданының жұмыспен қамту орталығы", "Центр занятости района Есиль", "Employment Center, Esil District", Astana, AstanaEsil),
        new("center-akmola-akkol", OrganisationKind.EmploymentCenter, "Ақкөл ауданының жұмыспен қамту орталығы", "Центр занятости Аккольского района", "Employment Center, Akkol District", Akmola, Akkol),
        new("center-akmola-burabay", OrganisationKind.EmploymentCenter, "Бурабай ауданының жұмыспен қамту орталығы", "Центр занятости Бурабайского района", "Employment Center, Burabay District", Akmola, Burabay),
        new("center-turkestan-zhetysai", OrganisationKind.EmploymentCenter, "Жетісай ауданының жұмыспен қамту орталығы", "Центр занятости Жетысайского района", "Employment Center, Zhetysai District", Turkestan, Zhetysai),
        new("center-turkestan-sayram", OrganisationKind.EmploymentCenter, "Сайрам ауданының жұмыспен қамту орталығы", "Центр занятости Сайрамского района", "Employment Center, Sayram District", Turkestan, Sayram),
        new("dc-astana-almaty", OrganisationKind.DistrictCommission, "Алматы ауданының комиссиясы", "Комиссия района Алматы", "Almaty District Commission", Astana, AstanaAlmaty),
        new("dc-akmola-akkol", OrganisationKind.DistrictCommission, "Ақкөл ауданының комиссиясы", "Аккольская районная комиссия", "Akkol District Commission", Akmola, Akkol),
        new("deb-akmola-akkol", OrganisationKind.DistrictExecutiveBody, "Ақкөл ауданының әкімдігі", "Акимат Аккольского района", "Akkol District Akimat", Akmola, Akkol),
        new("rc-akmola", OrganisationKind.RegionalCommission, "Ақмола облысының өңірлік комиссиясы", "Региональная комиссия Акмолинской области", "Akmola Regional Commission", Akmola),
        new("rc-astana", OrganisationKind.RegionalCommission, "Астана қаласының өңірлік комиссиясы", "Региональная комиссия города Астаны", "Astana Regional Commission", Astana),
        new("reb-akmola", OrganisationKind.RegionalExecutiveBody, "Ақмола облысының жұмыспен қамту басқармасы", "Управление занятости Акмолинской области", "Akmola Regional Employment Department", Akmola),
        new("reb-astana", OrganisationKind.RegionalExecutiveBody, "Астана қаласының жұмыспен қамту басқармасы", "Управление занятости города Астаны", "Astana Employment Department", Astana),
        new("reb-turkestan", OrganisationKind.RegionalExecutiveBody, "Түркістан облысының жұмыспен қамту басқармасы", "Управление занятости Туркестанской области", "Turkestan Regional Employment Department", Turkestan),
        new("rcc-akmola", OrganisationKind.RegionalChamber, "Ақмола облысының кәсіпкерлер палатасы", "Палата предпринимателей Акмолинской области", "Akmola Regional Chamber of Entrepreneurs", Akmola),
        new("mfo-kazmicro", OrganisationKind.Lender, "«ҚазМикроҚаржы» МҚҰ", "МФО «КазМикроФинанс»", "KazMicroFinance MFO", LenderKind: LenderKind.Mfo),
        new("cp-akkol", OrganisationKind.Lender, "«Ақкөл» кредиттік серіктестігі", "Кредитное товарищество «Акколь»", "Akkol Credit Partnership", LenderKind: LenderKind.CreditPartnership),
        new("bank-demo", OrganisationKind.Lender, "«Демо Банк» АҚ", "АО «Демо Банк»", "Demo Bank JSC", LenderKind: LenderKind.Bank),
        new("acfs", OrganisationKind.Lender, "«Ауыл шаруашылығын қаржылай қолдау қоры» АҚ", "АО «Фонд финансовой поддержки сельского хозяйства»", "Agricultural Financial Support Fund JSC", LenderKind: LenderKind.Acfs),
        new("damu", OrganisationKind.Guarantor, "«Даму» кәсіпкерлікті дамыту қоры", "Фонд развития предпринимательства «Даму»", "Damu Entrepreneurship Development Fund"),
        new("kazagrogarant", OrganisationKind.Guarantor, "«ҚазАгроКепіл» АҚ", "АО «КазАгроГарант»", "KazAgroGarant JSC"),
        new("college-kokshetau", OrganisationKind.EducationOrganisation, "Көкшетау жоғары политехникалық колледжі", "Кокшетауский высший политехнический колледж", "Kokshetau Higher Polytechnic College"),
    ];

    public static readonly DemoAccount[] Accounts =
    [
        new("clerk.almaty1", "Айгүл Сейітқали", [PortalRole.CenterClerk], "center-astana-almaty-1"),
        new("head.almaty1", "Ерлан Жақсылықов", [PortalRole.CenterHead, PortalRole.CenterClerk], "center-astana-almaty-1", "ru"),
        new("clerk.almaty2", "Динара Омарова", [PortalRole.CenterClerk], "center-astana-almaty-2"),
        new("clerk.esil", "Ольга Ким", [PortalRole.CenterClerk], "center-astana-esil", "ru"),
        new("clerk.akkol", "Нұрлан Әбілов", [PortalRole.CenterClerk], "center-akmola-akkol"),
        new("clerk.burabay", "Сәуле Қасымова", [PortalRole.CenterClerk], "center-akmola-burabay"),
        new("clerk.zhetysai", "Бауыржан Төлеуов", [PortalRole.CenterClerk], "center-turkestan-zhetysai"),
        new("dcsecretary.almaty", "Гүлнар Мұхамеджанова", [PortalRole.DistrictCommissionSecretary], "dc-astana-almaty"),
        new("dcmember.almaty", "Асқар Бекова", [PortalRole.DistrictCommissionMember], "dc-astana-almaty"),
        new("dcsecretary.akkol", "Марат Нұрланұлы", [PortalRole.DistrictCommissionSecretary], "dc-akmola-akkol"),
        new("rcsecretary.akmola", "Жанар Сәрсенова", [PortalRole.RegionalCommissionSecretary], "rc-akmola"),
        new("rcmember.akmola", "Виктор Петренко", [PortalRole.RegionalCommissionMember], "rc-akmola", "ru"),
        new("officer.akmola", "Әсем Исаева", [PortalRole.RegionalOfficer], "reb-akmola"),
        new("officer.akkol", "Серік Мұратов", [PortalRole.RegionalOfficer], "deb-akmola-akkol"),
        new("lender.mfo", "Тимур Ахметов", [PortalRole.LenderOfficer], "mfo-kazmicro", "ru"),
        new("guarantor.damu", "Ләззат Жұмабаева", [PortalRole.GuarantorOfficer], "damu"),
        new("chamber.akmola", "Қанат Оспанов", [PortalRole.ChamberOfficer], "rcc-akmola"),
        new("education.college", "Мәдина Әлиева", [PortalRole.EducationOfficer], "college-kokshetau"),
        new("analyst.ministry", "Арман Серікбаев", [PortalRole.MinistryAnalyst], "ministry", "en"),
        new("analyst.wdc", "Жұлдыз Байжанова", [PortalRole.MinistryAnalyst], "wdc"),
        new("admin.ministry", "Администратор министрлігі", [PortalRole.Administrator], "ministry"),
        new("admin.akmola", "Ақмола облысының әкімшісі", [PortalRole.Administrator], "reb-akmola"),
    ];

    /// <summary>Commission members by commission key: (name, job title, position).</summary>
    public static readonly (string Commission, string Name, string JobTitle, CommissionPosition Position)[] CommissionMembers =
    [
        ("dc-astana-almaty", "Ғалым Тұрсынов", "Аудан әкімінің орынбасары", CommissionPosition.Chair),
        ("dc-astana-almaty", "Гүлнар Мұхамеджанова", "Жұмыспен қамту бөлімінің бас маманы", CommissionPosition.Secretary),
        ("dc-astana-almaty", "Асқар Бекова", "Жұмыспен қамту орталығының директоры", CommissionPosition.Member),
        ("dc-astana-almaty", "Раушан Ділдабекова", "Білім бөлімінің басшысы", CommissionPosition.Member),
        ("dc-akmola-akkol", "Ерболат Сағынтаев", "Аудан әкімінің орынбасары", CommissionPosition.Chair),
        ("dc-akmola-akkol", "Марат Нұрланұлы", "Жұмыспен қамту бөлімінің маманы", CommissionPosition.Secretary),
        ("dc-akmola-akkol", "Айжан Төлегенова", "Кәсіпкерлер палатасының өкілі", CommissionPosition.Member),
        ("rc-akmola", "Бақыт Жанұзақов", "Облыс әкімінің орынбасары", CommissionPosition.Chair),
        ("rc-akmola", "Сергей Волков", "Жұмыспен қамту басқармасының басшысы", CommissionPosition.DeputyChair),
        ("rc-akmola", "Жанар Сәрсенова", "Басқарманың бас маманы", CommissionPosition.Secretary),
        ("rc-akmola", "Виктор Петренко", "Білім басқармасының өкілі", CommissionPosition.Member),
        ("rc-astana", "Дәурен Мақсұтов", "Қала әкімінің орынбасары", CommissionPosition.Chair),
        ("rc-astana", "Алия Қайратқызы", "Басқарманың бас маманы", CommissionPosition.Secretary),
    ];
}
