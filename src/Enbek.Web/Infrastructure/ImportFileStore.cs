using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enbek.Application.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Uploaded files waiting between their preview and their import. The file stays on the server (the
/// browser holds only a random id): encrypted with the portal's data-protection keys under a purpose
/// bound to the user and the center, so no one else can read or import it, and removed after
/// <see cref="ImportOptions.KeptFor"/>. A table would need a migration; a folder per server is enough
/// for the one server the portal runs on (several servers would share the folder).
/// </summary>
public sealed partial class ImportFileStore
{
    private readonly IDataProtector _protector;
    private readonly ImportOptions _options;
    private readonly string _folder;

    public ImportFileStore(IDataProtectionProvider protection, IOptions<ImportOptions> options)
    {
        _protector = protection.CreateProtector("Enbek.Import.File.v1");
        _options = options.Value;
        _folder = _options.Folder is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "enbek-imports");
    }

    public async Task<string> SaveAsync(ImportOwner owner, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        CreateFolder();
        RemoveExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await WriteAsync(owner, new StoredImport(id, Path.GetFileName(fileName), content, null, []), cancellationToken);
        return id;
    }

    /// <summary>The owner's file; any other id, user or center, or an expired file, is not found.</summary>
    public async Task<StoredImport> LoadAsync(string? id, ImportOwner owner, CancellationToken cancellationToken)
    {
        if (id is null || !IdPattern().IsMatch(id) || !File.Exists(PathOf(id)) || File.GetLastWriteTimeUtc(PathOf(id)) < DateTime.UtcNow - _options.KeptFor)
        {
            throw new NotFoundException("Import file");
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredImport>(Protector(owner).Unprotect(await File.ReadAllBytesAsync(PathOf(id), cancellationToken)));
            return stored is not null && stored.Id == id ? stored : throw new NotFoundException("Import file");
        }
        catch (CryptographicException)
        {
            throw new NotFoundException("Import file");
        }
    }

    public Task MarkImportedAsync(StoredImport stored, ImportOwner owner, DateTimeOffset at, IReadOnlyList<int> lines, CancellationToken cancellationToken) =>
        WriteAsync(owner, stored with { ImportedAt = at, ImportedLines = lines }, cancellationToken);

    private async Task WriteAsync(ImportOwner owner, StoredImport stored, CancellationToken cancellationToken) =>
        await File.WriteAllBytesAsync(PathOf(stored.Id), Protector(owner).Protect(JsonSerializer.SerializeToUtf8Bytes(stored)), cancellationToken);

    private IDataProtector Protector(ImportOwner owner) => _protector.CreateProtector($"{owner.UserId}/{owner.CenterId}");

    private string PathOf(string id) => Path.Combine(_folder, id + ".import");

    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_folder);
        }
        else
        {
            Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void RemoveExpired()
    {
        foreach (var file in new DirectoryInfo(_folder).EnumerateFiles("*.import"))
        {
            if (file.LastWriteTimeUtc < DateTime.UtcNow - _options.KeptFor)
            {
                file.Delete();
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
