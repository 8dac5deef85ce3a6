using FitbitPlus.SpecDrift;

namespace FitbitPlus.Tests.SpecDrift;

[TestFixture]
public sealed class FactExtractorTests
{
    [Test]
    public void Extract_HoistedDefinitionsAndRefs_ProduceSameFactsAsInline()
    {
        var inline = SwaggerSamples.Facts(SwaggerSamples.Inline);
        var hoisted = SwaggerSamples.Facts(SwaggerSamples.Hoisted);

        Assert.That(hoisted, Is.EqualTo(inline));
    }

    [Test]
    public void Extract_RenamedDefinition_IsNotADifference()
    {
        var renamed = SwaggerSamples.Hoisted.Replace("PetTag", "TagOfPet", StringComparison.Ordinal);

        Assert.That(SwaggerSamples.Diff(SwaggerSamples.Hoisted, renamed), Is.Empty);
    }

    [Test]
    public void Extract_InlineDocument_ProducesExpectedFacts()
    {
        var facts = SwaggerSamples.Facts(SwaggerSamples.Inline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts["op fetchPet"], Is.EqualTo("GET /pets/{id}"));
            Assert.That(facts["op createPet consumes"], Is.EqualTo("application/vnd.api+json"));
            Assert.That(facts["param fetchPet path id"], Is.EqualTo("type=string required=true"));
            Assert.That(facts["param fetchPet query include"], Is.EqualTo("type=string required=false enum=[owner,tags]"));
            Assert.That(facts["response fetchPet 200"], Is.EqualTo("schema"));
            Assert.That(facts["response fetchPet 404"], Is.EqualTo("none"));
            Assert.That(facts["response fetchPet 200 data"], Is.EqualTo("type=object required=true"));
            Assert.That(facts["response fetchPet 200 data.attributes.born_at"], Is.EqualTo("type=string format=date-time required=false"));
            Assert.That(facts["response fetchPet 200 data.attributes.tags[]"], Is.EqualTo("type=object"));
            Assert.That(facts["response fetchPet 200 data.attributes.tags[].name"], Is.EqualTo("type=string required=true"));
            Assert.That(facts["body createPet"], Is.EqualTo("type=object required=true"));
            Assert.That(facts["body createPet data.type"], Is.EqualTo("type=string enum=[pet] required=true"));
            Assert.That(facts["basePath"], Is.EqualTo("/api"));
            Assert.That(facts["host"], Is.EqualTo("pets.example.com"));
            Assert.That(facts["schemes"], Is.EqualTo("https"));
            Assert.That(facts["securityDefinitions"], Is.EqualTo("OAuth2"));
        }
    }

    [Test]
    public void Extract_PropertyWithoutTypeButWithProperties_IsObject()
    {
        var facts = SwaggerSamples.Facts(SwaggerSamples.Inline);

        Assert.That(facts["response fetchPet 200 data.attributes"], Is.EqualTo("type=object required=false"));
    }

    [Test]
    public void Extract_XKnownValues_EqualsEnum()
    {
        var withEnum = SwaggerSamples.Facts(Document("{type: string, enum: [b, a]}"));
        var withKnownValues = SwaggerSamples.Facts(Document("{type: string, x-known-values: [a, b]}"));

        Assert.That(withKnownValues, Is.EqualTo(withEnum));
        Assert.That(withEnum["response op 200 value"], Is.EqualTo("type=string enum=[a,b] required=false"));
    }

    [Test]
    public void Extract_AdditionalPropertiesWithoutProperties_IsMarked()
    {
        var facts = SwaggerSamples.Facts(Document("{type: object, additionalProperties: true}"));

        Assert.That(facts["response op 200 value"], Is.EqualTo("type=object additionalProperties=true required=false"));
    }

    [Test]
    public void Extract_AllOf_MergesPropertiesAndRequired()
    {
        var facts = SwaggerSamples.Facts(Document(
            "{required: [a], allOf: [{properties: {a: {type: string}}}, {required: [b], properties: {b: {type: integer, format: int32}}}]}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts["response op 200 value"], Is.EqualTo("type=object required=false"));
            Assert.That(facts["response op 200 value.a"], Is.EqualTo("type=string required=true"));
            Assert.That(facts["response op 200 value.b"], Is.EqualTo("type=integer format=int32 required=true"));
        }
    }

    [Test]
    public void Extract_RecursiveDefinition_StopsAtCycle()
    {
        const string yaml = """
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /nodes:
                get:
                  operationId: fetchTree
                  responses:
                    '200':
                      description: OK
                      schema: {$ref: '#/definitions/TreeNode'}
            definitions:
              TreeNode:
                type: object
                properties:
                  name: {type: string}
                  children:
                    type: array
                    items: {$ref: '#/definitions/TreeNode'}
            """;

        var facts = SwaggerSamples.Facts(yaml);

        Assert.That(facts.Keys.Where(k => k.StartsWith("response fetchTree 200 ", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "response fetchTree 200 children",
            "response fetchTree 200 children[]",
            "response fetchTree 200 name",
        }));
    }

    [Test]
    public void Extract_ParameterAttributes_OnlyPresentOnesInFixedOrder()
    {
        const string yaml = """
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /things:
                get:
                  operationId: fetchThings
                  produces: [text/csv, application/json]
                  parameters:
                    - {name: since, in: query, type: string, format: date-time}
                    - {name: 'page[size]', in: query, type: integer, default: 10, required: false}
                    - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: csv}
                  responses:
                    '200': {description: OK}
            """;

        var facts = SwaggerSamples.Facts(yaml);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts["op fetchThings produces"], Is.EqualTo("application/json,text/csv"));
            Assert.That(facts["param fetchThings query since"], Is.EqualTo("type=string format=date-time required=false"));
            Assert.That(facts["param fetchThings query page[size]"], Is.EqualTo("type=integer required=false default=10"));
            Assert.That(facts["param fetchThings query ids"], Is.EqualTo("type=array required=false items=string collectionFormat=csv"));
        }
    }

    [Test]
    public void Extract_UnresolvableRef_Throws()
    {
        var yaml = Document("{$ref: '#/definitions/Missing'}");

        Assert.That(
            () => SwaggerSamples.Facts(yaml),
            Throws.TypeOf<SpecDriftException>().With.Message.Contains("#/definitions/Missing").And.Message.Contains("test.yaml"));
    }

    [Test]
    public void Parse_NotSwagger2_Throws()
    {
        Assert.That(
            () => SwaggerDocument.Parse("openapi: 3.0.0\npaths: {}\n", "v3.yaml"),
            Throws.TypeOf<SpecDriftException>().With.Message.Contains("v3.yaml"));
    }

    /// <summary>A document whose single response has one property <c>value</c> with the given flow-style schema.</summary>
    private static string Document(string valueSchema) => $$"""
        swagger: '2.0'
        info: {title: t, version: '1'}
        paths:
          /x:
            get:
              operationId: op
              responses:
                '200':
                  description: OK
                  schema:
                    type: object
                    properties:
                      value: {{valueSchema}}
        definitions: {}
        """;
}
