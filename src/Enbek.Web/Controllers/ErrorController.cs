using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Controllers;

/// <summary>Friendly, localised error pages with a reference id; no stack traces outside Development.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("Error/{status:int?}")]
    public IActionResult Index([FromRoute] int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        ViewData["Status"] = code;
        ViewData["RequestId"] = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return View("Error");
    }
}
