using BackLegKiosk.Contracts.Translation;
using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Server.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace BackLegKiosk.Server.Grpc;

[Authorize(Policy = Policies.Staff)]
public sealed class MemberGrpcService(MemberDirectory members) : MemberService.MemberServiceBase
{
    public override async Task<Member> EnrollMember(EnrollMemberRequest request, ServerCallContext context) =>
        ToProto(await members.EnrollAsync(request.Code, request.DisplayName, request.Pin, PlanMapping.FromProto(request.Profile), context.CancellationToken));

    public override async Task<Member> UpdateMember(UpdateMemberRequest request, ServerCallContext context) =>
        ToProto(await members.UpdateAsync(
            InputRules.Id(request.MemberId, "member_id"),
            request.DisplayName,
            request.Profile is null ? null : PlanMapping.FromProto(request.Profile),
            request.NewPin,
            context.CancellationToken));

    public override async Task<Member> GetMember(GetMemberRequest request, ServerCallContext context) =>
        ToProto(await members.FindAsync(InputRules.Id(request.MemberId, "member_id"), context.CancellationToken));

    public override async Task<ListMembersResponse> ListMembers(ListMembersRequest request, ServerCallContext context)
    {
        if (request.Limit is < 0 or > 500)
        {
            throw new InvalidFieldException("limit", "must be between 1 and 500 (0 for 100)");
        }

        if (request.Search.Length > 80)
        {
            throw new InvalidFieldException("search", "at most 80 characters");
        }

        var response = new ListMembersResponse();
        response.Members.Add((await members.ListAsync(request.Search, request.Limit == 0 ? 100 : request.Limit, context.CancellationToken)).Select(ToProto));
        return response;
    }

    private static Member ToProto(MemberEntity member) => new()
    {
        MemberId = member.Id.ToString(),
        Code = member.Code,
        DisplayName = member.DisplayName,
        Profile = MemberDirectory.ToProfile(member).ToProto(),
        EnrolledAt = Timestamp.FromDateTimeOffset(member.EnrolledAt),
    };
}
