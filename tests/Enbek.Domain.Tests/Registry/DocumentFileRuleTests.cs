using System.Text;
using Enbek.Domain.Registry;

namespace Enbek.Domain.Tests.Registry;

public sealed class DocumentFileRuleTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    public void Recognises_allowed_files_by_their_first_bytes(byte[] head, string contentType) =>
        Assert.Equal(contentType, DocumentFileRule.ContentTypeOf(head));

    [Fact]
    public void Refuses_other_files_whatever_their_name_says()
    {
        Assert.Null(DocumentFileRule.ContentTypeOf(Encoding.ASCII.GetBytes("MZ\x90\0")));            // a program
        Assert.Null(DocumentFileRule.ContentTypeOf(Encoding.ASCII.GetBytes("<html><script>")));        // a web page
        Assert.Null(DocumentFileRule.ContentTypeOf([0x89, 0x50, 0x4E, 0x47]));                       // a cut PNG signature
        Assert.Null(DocumentFileRule.ContentTypeOf([]));
    }
}
