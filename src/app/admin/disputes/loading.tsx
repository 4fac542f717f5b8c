import { AdminLoading } from "../_components/admin-parts";

export default function Loading() {
  return <AdminLoading what="the disputes" />;
}
