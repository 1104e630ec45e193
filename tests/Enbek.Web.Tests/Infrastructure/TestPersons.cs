using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>Registers a person through the real registration form, as a clerk does, and returns the new row's id and IIN.</summary>
public static class TestPersons
{
    public static async Task<(long Id, string Iin)> RegisterAsync(
        PortalClient clerk, string ownerConnection, string surname, string firstName, Sex sex = Sex.Female, string? phone = null)
    {
        var birth = new DateOnly(1988, 6, 1);
        var iin = TestIins.Next(birth, sex);
        await clerk.PostFormAsync("/Registry/Persons/Register", "/Registry/Persons/Register",
            ("Form.ConsentConfirmed", "true"), ("Form.ConsentGivenOn", "2026-11-20"), ("Form.ConsentForm", "Paper"), ("Form.Iin", iin),
            ("Form.Surname", surname), ("Form.FirstName", firstName), ("Form.BirthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Form.Sex", sex.ToString()), ("Form.Education", "Higher"), ("Form.Status", "Unemployed"), ("Form.StatusSince", "2026-11-01"),
            ("Form.Phone", phone ?? string.Empty));
        var id = await Sql.ScalarAsync<long?>(ownerConnection, "SELECT id FROM persons WHERE iin = $1", iin)
            ?? throw new InvalidOperationException($"{surname} {firstName} was not registered.");
        return (id, iin);
    }
}
