import { DetailSkeleton } from "~/app/_components/page-skeleton";

export default function Loading() {
  return <DetailSkeleton label="Loading the client's profile…" />;
}
