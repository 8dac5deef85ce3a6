namespace FitbitPlus.Mock.JsonApi;

/// <summary>Raised inside the engine to answer a JSON:API error document; never leaves the mock.</summary>
internal sealed class MockApiException : Exception
{
    /// <summary>Creates an error answer.</summary>
    public MockApiException(int status, string code, string detail, string? parameter = null, string? pointer = null)
        : base(detail)
    {
        Status = status;
        Code = code;
        Parameter = parameter;
        Pointer = pointer;
    }

    /// <summary>HTTP status.</summary>
    public int Status { get; }

    /// <summary>Error code (e.g. <c>InvalidParameter</c>).</summary>
    public string Code { get; }

    /// <summary>The query parameter at fault (<c>source.parameter</c>).</summary>
    public string? Parameter { get; }

    /// <summary>The JSON pointer at fault (<c>source.pointer</c>).</summary>
    public string? Pointer { get; }

    /// <summary>409 InvalidParameter naming a query parameter.</summary>
    public static MockApiException InvalidParameter(string parameter, string detail, int status = 409) =>
        new(status, ErrorCodes.InvalidParameter, detail, parameter: parameter);

    /// <summary>409 InvalidParameter for malformed query parameters (paging, include, unknown filters): the API's "Invalid Request".</summary>
    public static MockApiException BadParameter(string parameter, string detail) =>
        new(409, ErrorCodes.InvalidParameter, detail, parameter: parameter);

    /// <summary>409 InvalidBodyParameter naming a JSON pointer in the body.</summary>
    public static MockApiException InvalidBody(string pointer, string detail) =>
        new(409, ErrorCodes.InvalidBodyParameter, detail, pointer: pointer);

    /// <summary>404 ResourceNotFound.</summary>
    public static MockApiException NotFound(string type, string id) =>
        new(404, ErrorCodes.ResourceNotFound, $"No {type} with id '{id}'.");
}
