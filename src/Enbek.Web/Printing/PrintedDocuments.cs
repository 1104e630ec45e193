using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Enbek.Web.Printing;

/// <summary>
/// A document for signing (application, contract, notice, consent) as a print page or as a PDF, in the document's
/// own language. One Razor view serves both: the page links the print stylesheet, the PDF gets it inline.
/// </summary>
public sealed class PrintedDocuments(
    IRazorViewEngine views, IModelMetadataProvider metadata, ITempDataProvider tempData, IWebHostEnvironment environment, PdfPrinter printer, ILogger<PrintedDocuments> logger)
{
    public const string StylesheetPath = "css/print-document.css";
    public const string InlineStylesKey = "PrintInlineStyles";
    public const string ToolbarKey = "PrintToolbar";

    public async Task<IActionResult> RespondAsync(
        ControllerContext context, string viewName, object model, PrintToolbar toolbar, bool pdf, string fileName, CancellationToken cancellationToken)
    {
        var html = await RenderAsync(context, viewName, model, toolbar, pdf ? await InlineStylesAsync(cancellationToken) : null);
        if (!pdf)
        {
            return new ContentResult { Content = html, ContentType = "text/html; charset=utf-8" };
        }

        try
        {
            return new FileContentResult(await printer.PrintAsync(html, cancellationToken), "application/pdf") { FileDownloadName = fileName + ".pdf" };
        }
        catch (PdfPrintingUnavailableException exception)
        {
            logger.LogError(exception, "A PDF of {View} could not be printed", viewName);
            return new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async Task<string> RenderAsync(ControllerContext context, string viewName, object model, PrintToolbar toolbar, string? inlineStyles)
    {
        var found = views.FindView(context, viewName, isMainPage: true);
        if (found.View is null)
        {
            throw new InvalidOperationException($"The print view {viewName} was not found: {string.Join(", ", found.SearchedLocations)}");
        }

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = toolbar.Language.Culture();
        try
        {
            await using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var viewData = new ViewDataDictionary(metadata, context.ModelState)
            {
                Model = model,
                [InlineStylesKey] = inlineStyles,
                [ToolbarKey] = toolbar,
            };
            var viewContext = new ViewContext(context, found.View, viewData, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions());
            await found.View.RenderAsync(viewContext);
            return writer.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task<string> InlineStylesAsync(CancellationToken cancellationToken)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(StylesheetPath);
        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
