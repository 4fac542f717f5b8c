import type { Metadata } from "next";

import { FormAlert } from "~/app/_components/form/form-alert";
import { api, requireViewer } from "~/trpc/server";
import { Panel } from "../_components/panel";
import { AvatarPicker } from "./avatar-picker";
import { ClientProfileForm } from "./client-profile-form";
import { FreelancerProfileForm } from "./freelancer-profile-form";

export const metadata: Metadata = { title: "Public profile" };

export default async function PublicProfilePage() {
  const viewer = await requireViewer("/account/public-profile");
  const { role, id } = viewer;
  if (role === "freelancer") {
    const [skills, profile] = await Promise.all([
      api.marketplace.skills(),
      api.profile.myFreelancer(),
    ]);
    return (
      <Panel
        id="public-profile-heading"
        title="Your freelancer profile"
        description="Clients see this on your public page, in freelancer search and beside your proposals."
      >
        {profile ? null : (
          <div className="mb-5">
            <FormAlert tone="info">
              You have no public profile yet: until you save one, clients cannot find you in search.
            </FormAlert>
          </div>
        )}
        <AvatarPicker userId={id} role="freelancer" />
        <FreelancerProfileForm userId={id} skills={skills} initial={profile} />
      </Panel>
    );
  }
  if (role === "client") {
    const profile = await api.profile.myClient();
    return (
      <Panel
        id="public-profile-heading"
        title="Your client profile"
        description="Freelancers see this on your public page and beside your projects."
      >
        <AvatarPicker userId={id} role="client" />
        <ClientProfileForm userId={id} initial={profile} />
      </Panel>
    );
  }
  return <FormAlert tone="info">Administrator accounts have no public profile.</FormAlert>;
}
