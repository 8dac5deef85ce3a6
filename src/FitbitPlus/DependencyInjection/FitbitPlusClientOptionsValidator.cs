using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>Applies the same rules as the <see cref="FitbitPlusClient"/> constructor, for <c>ValidateOnStart</c>.</summary>
internal sealed class FitbitPlusClientOptionsValidator : IValidateOptions<FitbitPlusClientOptions>
{
    public ValidateOptionsResult Validate(string? name, FitbitPlusClientOptions options)
    {
        var errors = options.GetValidationErrors();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
