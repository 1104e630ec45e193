using System.Security.Cryptography;
using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Documents of a case file: attached by the holding center (type checked by content, size limited),
/// read by whoever may see the person (a look from outside is audited), voided with a reason, never deleted.
/// </summary>
public sealed class PersonDocumentService(EnbekDbContext db, ICurrentActor actor, OutsideViews outsideViews, TimeProvider clock)
{
    public Task<List<DocumentRow>> ListAsync(long personId, CancellationToken cancellationToken = default) =>
        db.PersonDocuments.AsNoTracking().Where(d => d.PersonId == personId).OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.ContentType, d.SizeBytes, d.UploadedAt, d.UploadedByName, d.IsVoided, d.VoidReason))
            .ToListAsync(cancellationToken);

    public async Task<ServiceResult> AttachAsync(long personId, DocumentKind kind, string fileName, Stream file, long length, CancellationToken cancellationToken = default)
    {
        var person = await db.HeldPersonAsync(actor, personId, tracked: false, cancellationToken);
        if (length <= 0)
        {
            return ServiceResult.Fail("File", "Choose a file.");
        }

        if (length > DocumentFileRule.MaxBytes)
        {
            return ServiceResult.Fail("File", "The file is larger than 5 MB.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (DocumentFileRule.ContentTypeOf(content) is not { } contentType)
        {
            return ServiceResult.Fail("File", "Only PDF, JPEG or PNG files may be attached.");
        }

        db.PersonDocuments.Add(new PersonDocument
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            Kind = kind,
            FileName = SafeName(fileName),
            ContentType = contentType,
            SizeBytes = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = clock.GetUtcNow(),
            UploadedByName = await db.FullNameAsync(actor.UserId, cancellationToken),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    public async Task<PersonDocument> OpenAsync(long documentId, CancellationToken cancellationToken = default)
    {
        var document = await db.PersonDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new NotFoundException("Document");
        if (document.CenterId != actor.Scope?.OrganisationId)
        {
            await outsideViews.RecordAsync("person_documents", document.Id, document.ScopePath, cancellationToken);
        }

        return document;
    }

    public async Task<(ServiceResult Result, long PersonId)> VoidAsync(long documentId, string reason, CancellationToken cancellationToken = default)
    {
        var document = await db.PersonDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.CenterId == actor.Scope!.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Document");
        if (string.IsNullOrWhiteSpace(reason))
        {
            return (ServiceResult.Fail("Reason", "Give the reason."), document.PersonId);
        }

        document.IsVoided = true;
        document.VoidReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return (ServiceResult.Ok, document.PersonId);
    }

    /// <summary>The name as shown and sent back: no folders, no control characters, at most 255 characters.</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "document" : name[..Math.Min(name.Length, 255)];
    }
}
