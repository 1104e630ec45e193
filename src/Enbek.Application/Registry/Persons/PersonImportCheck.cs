using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Every row of a file with all its problems. The fingerprint names the set of good rows, so an import
/// can tell whether it would register exactly the rows the clerk saw in the preview.
/// </summary>
public sealed record PersonImportCheck(IReadOnlyList<PersonImportRow> Rows)
{
    public int GoodCount => Rows.Count(r => r.IsGood);

    public int RefusedCount => Rows.Count - GoodCount;

    /// <summary>How many of the good rows bring an application with the person.</summary>
    public int GoodApplicationCount => Rows.Count(r => r.IsGood && r.Application is not null);

    public string Fingerprint
    {
        get
        {
            var good = new StringBuilder();
            foreach (var row in Rows.Where(r => r.IsGood))
            {
                good.Append(CultureInfo.InvariantCulture, $"{row.Line}:{row.Entry!.Iin}\n");
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(good.ToString())))[..32];
        }
    }
}
