using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TenderBuilder.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecordsSurvive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_audit_entries_tender_drafts_draft_id",
                table: "audit_entries");

            migrationBuilder.AddColumn<DateTime>(
                name: "deleted_at_utc",
                table: "tender_drafts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "tender_drafts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "four_eyes_required",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "approved_packages",
                columns: table => new
                {
                    draft_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    approved_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    zip = table.Column<byte[]>(type: "BLOB", nullable: false),
                    files_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approved_packages", x => x.draft_id);
                    table.ForeignKey(
                        name: "FK_approved_packages_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_approved_packages_tender_drafts_draft_id",
                        column: x => x.draft_id,
                        principalTable: "tender_drafts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approved_packages_organisation_id",
                table: "approved_packages",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approved_packages");

            migrationBuilder.DropColumn(
                name: "deleted_at_utc",
                table: "tender_drafts");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "tender_drafts");

            migrationBuilder.DropColumn(
                name: "four_eyes_required",
                table: "organisations");

            migrationBuilder.AddForeignKey(
                name: "FK_audit_entries_tender_drafts_draft_id",
                table: "audit_entries",
                column: "draft_id",
                principalTable: "tender_drafts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
