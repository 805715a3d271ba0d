using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Api;

/// <summary>
/// The OpenAPI document a client generates code from: valid OpenAPI 3.1, describing exactly the
/// operations the app maps, each with its scope, an example and its problems; its TenderInput
/// schema is the one the app checks input against.
/// </summary>
public sealed class ApiDocumentTests(SqliteApiHost host) : IClassFixture<SqliteApiHost>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_is_valid_OpenAPI_3_1()
    {
        var document = await DocumentAsync();
        var schema = JsonSchema.FromText(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "tests", "TenderBuilder.Web.Tests", "Features", "Api", "openapi-3.1.schema.json")));

        var result = schema.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

        document["openapi"]!.GetValue<string>().ShouldStartWith("3.1.");
        result.IsValid.ShouldBeTrue(string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    [Fact]
    public async Task Every_route_under_api_v1_is_documented_and_every_documented_operation_is_mapped()
    {
        var document = await DocumentAsync();
        var mapped = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true || e.RoutePattern.RawText == "/api/v1")
            .Where(e => e.RoutePattern.RawText != "/api/v1/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m.ToUpperInvariant()} {OpenApiPath(e.RoutePattern)}"))
            .ToHashSet();
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))
            .ToHashSet();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(17);
        mapped.Except(documented).ShouldBeEmpty("mapped but not documented");
        documented.Except(mapped).ShouldBeEmpty("documented but not mapped");
    }

    [Fact]
    public async Task Every_operation_names_its_scope_has_an_example_and_documents_its_problems()
    {
        var document = await DocumentAsync();
        var scopes = ApiKeyScopeNames.All.Select(s => s.Name).ToHashSet();
        document["components"]!["securitySchemes"]!["apiKey"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in operations!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var operation = node!.AsObject();
                var name = $"{method.ToUpperInvariant()} {path}";
                operation["operationId"].ShouldNotBeNull(name);
                operation["summary"].ShouldNotBeNull(name);
                var scope = operation["security"]!.AsArray().Single()!["apiKey"]!.AsArray().Single()!.GetValue<string>();
                scopes.ShouldContain(scope, name);
                var responses = operation["responses"]!.AsObject();
                responses.Select(r => r.Key).ShouldContain("401", name);
                responses.Select(r => r.Key).ShouldContain("403", name);
                responses.Select(r => r.Key).ShouldContain("429", name);
                responses["429"]!["headers"]!["Retry-After"].ShouldNotBeNull(name);
                var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
                success.ShouldNotBeEmpty(name);
                var hasExample = success.Any(r => r.Value!["content"]?.AsObject().Any(c => c.Value!["example"] is not null) == true)
                    || operation["requestBody"]?["content"]?.AsObject().Any(c => c.Value!["example"] is not null) == true
                    || operation["parameters"]?.AsArray().Any(p => p!["example"] is not null) == true;
                hasExample.ShouldBeTrue($"{name} has an example");
                if (operation["requestBody"] is not null)
                {
                    responses.Select(r => r.Key).ShouldContain("400", name);
                }
            }
        }
    }

    [Fact]
    public async Task Bodies_and_drafts_are_TenderInputs_and_the_example_input_is_valid_against_that_schema_and_the_catalogue()
    {
        var document = await DocumentAsync();
        var create = document["paths"]!["/api/v1/drafts"]!["post"]!["requestBody"]!["content"]!["application/json"]!;
        var tenderInput = document["components"]!["schemas"]!["TenderInput"]!.AsObject();
        using var client = host.Client((await host.KeyAsync(ApiKeyScopes.Read)).Key);
        var served = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/v1/schemas/tender-input", UriKind.Relative)))!.AsObject();

        create["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/TenderInput");
        document["components"]!["schemas"]!["ApiDraft"]!["properties"]!["input"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/TenderInput");
        tenderInput["properties"]!["answers"]!["maxProperties"]!.GetValue<int>().ShouldBe(2000);
        served["properties"]!.ToJsonString().ShouldBe(tenderInput["properties"]!.ToJsonString(), "the document's schema is the one served");
        var schema = JsonSchema.FromText(served.ToJsonString());
        var example = create["example"]!;
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(example), new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task The_document_is_public_and_the_reference_page_is_for_signed_in_people_under_a_nonce()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address };
        var page = await anonymous.GetAsync(new Uri("/developers/api", UriKind.Relative));
        var signedIn = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Address };
        (await signedIn.SignInAsync(host.Administrator.Email, host.Administrator.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reference = await signedIn.GetAsync(new Uri("/developers/api/", UriKind.Relative));

        (await anonymous.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "strangers are sent to sign in");
        page.Headers.Location!.ToString().ShouldContain("/account/login");
        reference.StatusCode.ShouldBe(HttpStatusCode.OK, reference.Headers.Location?.ToString());
        var policy = reference.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("'nonce-");
        policy.ShouldNotContain("unsafe-eval");
        var html = await reference.Content.ReadAsStringAsync();
        html.ShouldContain("openapi.json", customMessage: html);
        html.ShouldContain($"nonce=\"{policy.Split("'nonce-")[1].Split('\'')[0]}\"");
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = host.Client(null);
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)))!.AsObject();
    }

    // "/api/v1/drafts/{id:guid}" is "/api/v1/drafts/{id}" in OpenAPI.
    private static string OpenApiPath(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "",
        }))));
}
