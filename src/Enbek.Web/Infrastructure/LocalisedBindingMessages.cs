using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Model binding's own messages ("the value 'x' is not valid", a missing value) in the user's
/// language: typing letters into a date field must read like every other message.
/// </summary>
public sealed class LocalisedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var t = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => t["The value is not valid."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => t["The value is not valid."]);
        messages.SetValueIsInvalidAccessor(_ => t["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Enter a number."]);
        messages.SetValueMustBeANumberAccessor(_ => t["Enter a number."]);
        messages.SetMissingBindRequiredValueAccessor(_ => t["This field is required."]);
        messages.SetMissingKeyOrValueAccessor(() => t["This field is required."]);
        messages.SetValueMustNotBeNullAccessor(_ => t["This field is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["This field is required."]);
        messages.SetUnknownValueIsInvalidAccessor(_ => t["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
    }
}
