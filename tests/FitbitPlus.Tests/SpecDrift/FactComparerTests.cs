using FitbitPlus.SpecDrift;

namespace FitbitPlus.Tests.SpecDrift;

[TestFixture]
public sealed class FactComparerTests
{
    [Test]
    public void Compare_OperationOnlyInTarget_IsAdded()
    {
        // "paths" is the last top-level key of the sample, so appending adds a path item.
        var target = SwaggerSamples.Inline + """

              /pets/{id}/owner:
                delete:
                  operationId: deleteOwner
                  responses:
                    '204': {description: Gone}
            """;

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences, Does.Contain(new Difference(DifferenceKind.Added, "op deleteOwner", null, "DELETE /pets/{id}/owner")));
        Assert.That(differences, Does.Contain(new Difference(DifferenceKind.Added, "response deleteOwner 204", null, "none")));
        Assert.That(differences.Select(d => d.Kind), Is.All.EqualTo(DifferenceKind.Added));
    }

    [Test]
    public void Compare_OperationOnlyInBase_IsRemoved()
    {
        var differences = SwaggerSamples.Diff(SwaggerSamples.Hoisted, SwaggerSamples.Inline.Replace("operationId: createPet", "operationId: addPet", StringComparison.Ordinal));

        Assert.That(differences, Does.Contain(new Difference(DifferenceKind.Removed, "op createPet", "POST /pets", null)));
        Assert.That(differences, Does.Contain(new Difference(DifferenceKind.Added, "op addPet", null, "POST /pets")));
    }

    [Test]
    public void Compare_OperationPathChanged_IsChanged()
    {
        var target = SwaggerSamples.Inline.Replace("  /pets:\n", "  /animals:\n", StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences, Is.EqualTo(new[] { new Difference(DifferenceKind.Changed, "op createPet", "POST /pets", "POST /animals") }));
    }

    [Test]
    public void Compare_ParameterAddedAndRemoved_AreReported()
    {
        var target = SwaggerSamples.Inline.Replace("name: include", "name: fields", StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences.Select(d => (d.Kind, d.Key)), Is.EquivalentTo(new[]
        {
            (DifferenceKind.Removed, "param fetchPet query include"),
            (DifferenceKind.Added, "param fetchPet query fields"),
        }));
    }

    [Test]
    public void Compare_EnumValueAdded_IsChanged()
    {
        var target = SwaggerSamples.Inline.Replace("enum: [active, retired]", "enum: [active, retired, lost]", StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences, Is.EqualTo(new[]
        {
            new Difference(
                DifferenceKind.Changed,
                "response fetchPet 200 data.attributes.status",
                "type=string enum=[active,retired] required=false",
                "type=string enum=[active,lost,retired] required=false"),
        }));
    }

    [Test]
    public void Compare_EnumReplacedByEquivalentKnownValues_IsNoDifference()
    {
        var target = SwaggerSamples.Inline.Replace("enum: [active, retired]", "x-known-values: [retired, active]", StringComparison.Ordinal);

        Assert.That(SwaggerSamples.Diff(SwaggerSamples.Inline, target), Is.Empty);
    }

    [Test]
    public void Compare_PropertyAdded_IsAdded()
    {
        var target = SwaggerSamples.Inline.Replace(
            "id: {type: string}",
            "id: {type: string}\n" + new string(' ', 18) + "lid: {type: string, format: uuid}",
            StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences, Is.EqualTo(new[] { new Difference(DifferenceKind.Added, "response fetchPet 200 data.lid", null, "type=string format=uuid required=false") }));
    }

    [Test]
    public void Compare_RequiredChanged_IsChanged()
    {
        var target = SwaggerSamples.Inline.Replace("required: [name]", "required: []", StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences, Is.EqualTo(new[]
        {
            new Difference(DifferenceKind.Changed, "response fetchPet 200 data.attributes.tags[].name", "type=string required=true", "type=string required=false"),
        }));
    }

    [Test]
    public void Compare_ObjectBecomesArray_ReportsTypeChangeAndMovedProperties()
    {
        const string objectData = "type: object\n                required: [type]\n                properties:\n                  type: {type: string, enum: [pet]}";
        const string arrayData = "type: array\n                items:\n                  type: object\n                  required: [type]\n                  properties:\n                    type: {type: string, enum: [pet]}";
        Assert.That(SwaggerSamples.Inline, Does.Contain(objectData));
        var target = SwaggerSamples.Inline.Replace(objectData, arrayData, StringComparison.Ordinal);

        var differences = SwaggerSamples.Diff(SwaggerSamples.Inline, target);

        Assert.That(differences.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "~ body createPet data: type=object required=false -> type=array required=false",
            "- body createPet data.type: type=string enum=[pet] required=true",
            "+ body createPet data[]: type=object",
            "+ body createPet data[].type: type=string enum=[pet] required=true",
        }));
    }
}
