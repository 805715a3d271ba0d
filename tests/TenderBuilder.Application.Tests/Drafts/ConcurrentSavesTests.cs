using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>
/// Many officers on one embedded SQLite database at once, as a morning's first logins bring them:
/// each opens a new draft and saves answers while the others do. The load test saw SQLite refuse
/// some of those saves ("database is locked"); an officer must never lose a save to another's.
/// </summary>
public sealed class ConcurrentSavesTests : IClassFixture<SqliteFixture>
{
    private readonly ApplicationHost _app;

    public ConcurrentSavesTests(SqliteFixture fixture) => _app = fixture.Host;

    [Fact]
    public async Task Forty_officers_creating_and_saving_drafts_at_once_all_succeed()
    {
        var officers = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => _app.UserAsync($"Officer {i}", $"Concurrent City {i % 8}")));
        var start = new TaskCompletionSource();

        var work = officers.Select((officer, i) => Task.Run(async () =>
        {
            await start.Task;
            await using var scope = _app.ScopeFor(officer);
            var drafts = scope.ServiceProvider.GetRequiredService<DraftsService>();
            var id = await drafts.CreateAsync($"Charging tender {i}");
            var opened = await drafts.OpenAsync(id);
            var revision = opened.Revision;
            for (var save = 1; save <= 5; save++)
            {
                revision = await drafts.SaveAsync(id, revision, opened.Input);
            }

            return (await drafts.OpenAsync(id)).Revision;
        })).ToList();
        // Meanwhile others keep their dashboards open: the drafts list is read again and again.
        var writing = Task.WhenAll(work);
        var readers = officers.Select(officer => Task.Run(async () =>
        {
            await start.Task;
            var reads = 0;
            while (!writing.IsCompleted)
            {
                await using var scope = _app.ScopeFor(officer);
                await scope.ServiceProvider.GetRequiredService<DraftsService>().ListAsync();
                reads++;
            }

            return reads;
        })).ToList();
        start.SetResult();

        var revisions = await writing;
        await Task.WhenAll(readers);

        revisions.Length.ShouldBe(40);
    }
}
