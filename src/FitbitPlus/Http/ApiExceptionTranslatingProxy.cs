using FitbitPlus.Errors;
using System.Collections.Concurrent;
using System.Reflection;
using FitbitPlus.Generated;

namespace FitbitPlus.Http;

/// <summary>
/// Implements <see cref="IFitbitPlusApiClient"/> by forwarding every call to a generated client and rethrowing
/// <see cref="ApiException"/> as <see cref="FitbitPlusException"/>. Generic over the interface, so a regenerated
/// client with new operations is covered without code changes.
/// </summary>
internal class ApiExceptionTranslatingProxy : DispatchProxy
{
    private static readonly MethodInfo InvokeAsyncDefinition =
        typeof(ApiExceptionTranslatingProxy).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly ConcurrentDictionary<Type, Func<ApiExceptionTranslatingProxy, MethodInfo, object?[]?, object>> Invokers = new();

    private Func<IFitbitPlusApiClient> _target = null!;

    /// <summary>Creates the proxy; <paramref name="target"/> supplies the generated client for each call.</summary>
    public static IFitbitPlusApiClient Create(Func<IFitbitPlusApiClient> target)
    {
        var proxy = Create<IFitbitPlusApiClient, ApiExceptionTranslatingProxy>();
        ((ApiExceptionTranslatingProxy)(object)proxy)._target = target;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var returnType = targetMethod.ReturnType;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var invoker = Invokers.GetOrAdd(returnType.GetGenericArguments()[0], CreateInvoker);
            return invoker(this, targetMethod, args);
        }

        if (returnType == typeof(Task))
        {
            return InvokeAsync<object?>(targetMethod, args);
        }

        return InvokeTarget(targetMethod, args);
    }

    private static Func<ApiExceptionTranslatingProxy, MethodInfo, object?[]?, object> CreateInvoker(Type resultType) =>
        InvokeAsyncDefinition.MakeGenericMethod(resultType)
            .CreateDelegate<Func<ApiExceptionTranslatingProxy, MethodInfo, object?[]?, object>>();

    private async Task<T> InvokeAsync<T>(MethodInfo method, object?[]? args)
    {
        // Set inside this async method, so the value flows into the HTTP pipeline but not back to the caller.
        var call = new ApiCallContext();
        ApiCallContext.Current = call;
        try
        {
            var task = (Task)InvokeTarget(method, args)!;
            await task.ConfigureAwait(false);
            return task is Task<T> typed ? typed.Result : default!;
        }
        catch (ApiException ex)
        {
            throw ApiExceptionTranslator.Translate(ex, method, DocumentType(method), call);
        }
        catch (Exception ex) when (call.StatusCode is not null && ErrorResponseReader.IsUnreadableBody(ex))
        {
            // The generated code wraps only JsonException; its converters (dates, numbers) throw others on bad values.
            // Arguments are checked before the request is sent, so with a status set nothing here is the caller's.
            throw ApiExceptionTranslator.TranslateConversion(ex, method, DocumentType(method), call);
        }
    }

    private static Type DocumentType(MethodInfo method) =>
        method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : typeof(void);

    private object? InvokeTarget(MethodInfo method, object?[]? args) =>
        method.Invoke(_target(), BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
}
