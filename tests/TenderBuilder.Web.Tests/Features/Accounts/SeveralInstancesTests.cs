using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer: a sign-in made
/// on one is honoured by the other, because the keys that protect the cookie live in the database.
/// </summary>
public sealed class SeveralInstancesTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_signs_the_user_in_on_another()
    {
        var database = await server.CreateDatabaseAsync();
        await using var first = new TenderBuilderAppFactory { DatabaseProvider = "Postgres", DatabaseConnectionString = database };
        await using var second = new TenderBuilderAppFactory { DatabaseProvider = "Postgres", DatabaseConnectionString = database };
        var account = await first.Services.CreateAccountAsync("Utrecht", "Author");

        using var atFirst = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await atFirst.GetAsync(new Uri("/account/login", UriKind.Relative));
        var antiforgeryCookie = Cookies(form);
        var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = TestAccounts.SignInForm(await form.Content.ReadAsStringAsync(), account.Email, account.Password),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await atFirst.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signInCookie = Cookies(signedIn);
        signInCookie.ShouldContain("TenderBuilder.SignIn=");

        using var atSecond = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/drafts", UriKind.Relative));
        request.Headers.Add("Cookie", signInCookie);
        var drafts = await atSecond.SendAsync(request);

        drafts.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await drafts.Content.ReadAsStringAsync()).ShouldContain("Test user of Utrecht");
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
