using FitbitPlus.SpecDrift;

namespace FitbitPlus.Tests.SpecDrift;

/// <summary>Tiny hand-written Swagger 2.0 documents and helpers for the spec drift tests.</summary>
internal static class SwaggerSamples
{
    /// <summary>A document with every schema written inline.</summary>
    public const string Inline = """
        swagger: '2.0'
        info: {title: Pets, version: '1'}
        host: pets.example.com
        basePath: /api
        schemes: [https]
        consumes: [application/vnd.api+json]
        produces: [application/vnd.api+json]
        securityDefinitions:
          OAuth2: {type: oauth2, flow: application, tokenUrl: /token}
        paths:
          /pets/{id}:
            parameters:
              - {name: id, in: path, required: true, type: string}
            get:
              operationId: fetchPet
              parameters:
                - name: include
                  in: query
                  type: string
                  enum: [tags, owner]
              responses:
                '200':
                  description: OK
                  schema:
                    type: object
                    required: [data]
                    properties:
                      data:
                        type: object
                        properties:
                          id: {type: string}
                          attributes:
                            properties:
                              born_at: {type: string, format: date-time, description: Birth}
                              status: {type: string, enum: [active, retired]}
                              tags:
                                type: array
                                items:
                                  type: object
                                  required: [name]
                                  properties:
                                    name: {type: string}
                '404':
                  description: Not found
          /pets:
            post:
              operationId: createPet
              parameters:
                - name: body
                  in: body
                  required: true
                  schema:
                    type: object
                    properties:
                      data:
                        type: object
                        required: [type]
                        properties:
                          type: {type: string, enum: [pet]}
              responses:
                '201': {description: Created}
        """;

    /// <summary>The same API as <see cref="Inline"/>, with schemas hoisted into differently named definitions.</summary>
    public const string Hoisted = """
        swagger: '2.0'
        info: {title: Pets (ours), version: '2'}
        host: pets.example.com
        basePath: /api
        schemes: [https]
        consumes: [application/vnd.api+json]
        produces: [application/vnd.api+json]
        securityDefinitions:
          OAuth2: {type: oauth2, flow: application, tokenUrl: /token}
        parameters:
          PetId: {name: id, in: path, required: true, type: string}
        responses:
          NotFound: {description: Not found}
        paths:
          /pets/{id}:
            get:
              operationId: fetchPet
              parameters:
                - $ref: '#/parameters/PetId'
                - name: include
                  in: query
                  type: string
                  required: false
                  x-known-values: [owner, tags]
              responses:
                '200':
                  description: OK
                  schema: {$ref: '#/definitions/PetDocument'}
                '404':
                  $ref: '#/responses/NotFound'
          /pets:
            post:
              operationId: createPet
              parameters:
                - name: request
                  in: body
                  required: true
                  schema: {$ref: '#/definitions/NewPetDocument'}
              responses:
                '201': {description: Created}
        definitions:
          PetDocument:
            type: object
            required: [data]
            properties:
              data: {$ref: '#/definitions/PetResource'}
          PetResource:
            allOf:
              - type: object
                properties:
                  id: {type: string, readOnly: true}
              - properties:
                  attributes: {$ref: '#/definitions/PetAttributes'}
          PetAttributes:
            type: object
            properties:
              born_at: {type: string, format: date-time, example: '2020-01-01T00:00:00Z'}
              status: {type: string, x-known-values: [retired, active]}
              tags:
                type: array
                items: {$ref: '#/definitions/PetTag'}
          PetTag:
            type: object
            required: [name]
            properties:
              name: {type: string, title: Tag name}
          NewPetDocument:
            type: object
            properties:
              data:
                type: object
                required: [type]
                properties:
                  type: {$ref: '#/definitions/PetIdentifier/properties/type'}
          PetIdentifier:
            type: object
            properties:
              type: {type: string, enum: [pet]}
        """;

    /// <summary>Extracts the facts of a YAML document.</summary>
    public static SortedDictionary<string, string> Facts(string yaml) =>
        FactExtractor.Extract(SwaggerDocument.Parse(yaml, "test.yaml"));

    /// <summary>Compares two YAML documents.</summary>
    public static IReadOnlyList<Difference> Diff(string baseYaml, string targetYaml) =>
        FactComparer.Compare(Facts(baseYaml), Facts(targetYaml));
}
