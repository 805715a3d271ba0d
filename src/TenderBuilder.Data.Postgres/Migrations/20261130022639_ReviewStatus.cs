using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TenderBuilder.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "tender_drafts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Draft");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "status",
                table: "tender_drafts");
        }
    }
}
