/* The REST API's types, generated from /api/v1/openapi.json by `npm run api:types`: do not edit. */

export interface paths {
    "/conversations/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a project's conversation
         * @description The conversation between a project's client and a freelancer (a client names the freelancer), or null.
         */
        get: operations["message-find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends text (and files uploaded before) to a conversation you are in. A repeated `clientKey` sends once.
         */
        post: operations["message-send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notifications
         * @description Newest first, 20 a page; pass `nextCursor` back as `cursor` for the next.
         */
        get: operations["notification-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["notification-markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: operations["notification-markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your projects
         * @description The client's own projects in every status, newest first, a page at a time.
         */
        get: operations["project-mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a project
         * @description A new project starts as a draft only its client sees, until published.
         */
        post: operations["project-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft project
         * @description Opens the project to proposals. Needs a confirmed email address.
         */
        post: operations["project-publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a proposal
         * @description A freelancer proposes to an open project: a cover letter, a bid and a duration.
         */
        post: operations["proposal-submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hire: accept a proposal
         * @description The client hires the freelancer: the proposal becomes a contract, once however often it is sent.
         */
        post: operations["proposal-accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Invalid input data error (400) */
        "error.BAD_REQUEST": {
            error: {
                /** @example BAD_REQUEST */
                code: string;
                /** @description What went wrong, in words a person can act on. */
                message: string;
                details: {
                    /** @description For BAD_REQUEST: each refused field and why. */
                    fieldErrors?: {
                        [key: string]: string[];
                    };
                    /** @description For FORBIDDEN: the scope the token lacks. */
                    missingScope?: string;
                } | null;
                /** @description Quote it to support; it is in the logs. */
                requestId: string;
                /** Format: date-time */
                time: string;
            };
        };
        /** @description Authorization not provided error (401) */
        "error.UNAUTHORIZED": {
            error: {
                /** @example UNAUTHORIZED */
                code: string;
                /** @description What went wrong, in words a person can act on. */
                message: string;
                details: {
                    /** @description For BAD_REQUEST: each refused field and why. */
                    fieldErrors?: {
                        [key: string]: string[];
                    };
                    /** @description For FORBIDDEN: the scope the token lacks. */
                    missingScope?: string;
                } | null;
                /** @description Quote it to support; it is in the logs. */
                requestId: string;
                /** Format: date-time */
                time: string;
            };
        };
        /** @description Insufficient access error (403) */
        "error.FORBIDDEN": {
            error: {
                /** @example FORBIDDEN */
                code: string;
                /** @description What went wrong, in words a person can act on. */
                message: string;
                details: {
                    /** @description For BAD_REQUEST: each refused field and why. */
                    fieldErrors?: {
                        [key: string]: string[];
                    };
                    /** @description For FORBIDDEN: the scope the token lacks. */
                    missingScope?: string;
                } | null;
                /** @description Quote it to support; it is in the logs. */
                requestId: string;
                /** Format: date-time */
                time: string;
            };
        };
        /** @description Not found error (404) */
        "error.NOT_FOUND": {
            error: {
                /** @example NOT_FOUND */
                code: string;
                /** @description What went wrong, in words a person can act on. */
                message: string;
                details: {
                    /** @description For BAD_REQUEST: each refused field and why. */
                    fieldErrors?: {
                        [key: string]: string[];
                    };
                    /** @description For FORBIDDEN: the scope the token lacks. */
                    missingScope?: string;
                } | null;
                /** @description Quote it to support; it is in the logs. */
                requestId: string;
                /** Format: date-time */
                time: string;
            };
        };
        /** @description Internal server error error (500) */
        "error.INTERNAL_SERVER_ERROR": {
            error: {
                /** @example INTERNAL_SERVER_ERROR */
                code: string;
                /** @description What went wrong, in words a person can act on. */
                message: string;
                details: {
                    /** @description For BAD_REQUEST: each refused field and why. */
                    fieldErrors?: {
                        [key: string]: string[];
                    };
                    /** @description For FORBIDDEN: the scope the token lacks. */
                    missingScope?: string;
                } | null;
                /** @description Quote it to support; it is in the logs. */
                requestId: string;
                /** Format: date-time */
                time: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "message-find": {
        parameters: {
            query: {
                projectId: string;
                freelancerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversationId: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "message-send": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default [] */
                    fileIds?: string[];
                    clientKey?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        conversationId: string;
                        seq: number;
                        /** @enum {string} */
                        kind: "text" | "system";
                        event: string | null;
                        sender: {
                            id: string;
                            name: string;
                        } | null;
                        mine: boolean;
                        body: string | null;
                        deleted: boolean;
                        hidden: boolean;
                        hiddenNote: string | null;
                        editedAt: string | null;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        createdAt: string;
                        editableUntil: string | null;
                        attachments: {
                            id: string;
                            name: string;
                            contentType: string;
                            size: number;
                            url: string;
                            isImage: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notification-list": {
        parameters: {
            query?: {
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "proposal.received" | "proposal.shortlisted" | "proposal.declined" | "proposal.hired" | "invitation.received" | "milestone.planned" | "milestone.edited" | "milestone.submitted" | "milestone.changes_requested" | "milestone.approved" | "amendment.proposed" | "amendment.answered" | "timesheet.submitted" | "timesheet.approved" | "timesheet.disputed" | "contract.ended" | "contract.completed" | "review.received" | "review.replied" | "saved_search.matched" | "message.unread" | "payment.funded" | "payment.released" | "payment.failed" | "payment.refunded" | "payout.paid" | "dispute.opened" | "dispute.posted" | "dispute.withdrawn" | "dispute.resolved" | "dispute.unanswered" | "report.handled" | "content.hidden" | "account.status_changed" | "webhook.disabled";
                            title: string;
                            body: string | null;
                            /** @description Where in Guild it leads (a path on this site). */
                            href: string;
                            readAt: string | null;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            createdAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notification-markRead": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notification-markAllRead": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "project-mine": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "in_progress" | "completed" | "cancelled";
                            /** @enum {string} */
                            budgetType: "fixed" | "hourly";
                            /** @description Integer minor units (cents). */
                            budgetMinMinor: number;
                            /** @description Integer minor units (cents). */
                            budgetMaxMinor: number;
                            /** @description ISO 4217 code, e.g. USD. */
                            currency: string;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            createdAt: string;
                            publishedAt: string | null;
                            proposalCount: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "project-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    /** @enum {string} */
                    budgetType: "fixed" | "hourly";
                    budgetMinMinor: number;
                    budgetMaxMinor: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP";
                    /** @enum {string} */
                    experienceLevel: "entry" | "intermediate" | "expert";
                    /** @enum {string} */
                    duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                    skillIds: number[];
                    /** @default null */
                    deadline?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "in_progress" | "completed" | "cancelled";
                        /** @enum {string} */
                        budgetType: "fixed" | "hourly";
                        /** @description Integer minor units (cents). */
                        budgetMinMinor: number;
                        /** @description Integer minor units (cents). */
                        budgetMaxMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        /** @enum {string} */
                        experienceLevel: "entry" | "intermediate" | "expert";
                        /** @enum {string} */
                        duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                        deadline: string | null;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "project-publish": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "in_progress" | "completed" | "cancelled";
                        /** @enum {string} */
                        budgetType: "fixed" | "hourly";
                        /** @description Integer minor units (cents). */
                        budgetMinMinor: number;
                        /** @description Integer minor units (cents). */
                        budgetMaxMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        createdAt: string;
                        publishedAt: string | null;
                        description: string;
                        /** @enum {string} */
                        experienceLevel: "entry" | "intermediate" | "expert";
                        /** @enum {string} */
                        duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                        deadline: string | null;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "proposal-submit": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    projectId: string;
                    coverLetter: string;
                    bidMinor: number;
                    /** @enum {string} */
                    estimatedDuration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        freelancerId: string;
                        coverLetter: string;
                        /** @description Integer minor units (cents). */
                        bidMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /** @enum {string} */
                        estimatedDuration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                        /** @enum {string} */
                        status: "submitted" | "shortlisted" | "rejected" | "withdrawn" | "accepted" | "declined";
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "proposal-accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    weeklyLimitHours?: number;
                    firstMilestone?: {
                        title: string;
                        amountMinor: number;
                    };
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        proposalId: string;
                        clientId: string;
                        freelancerId: string;
                        /** @description Integer minor units (cents). */
                        amountMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /** @enum {string} */
                        status: "active" | "completed" | "ended";
                        /** @enum {string} */
                        kind: "fixed" | "hourly";
                        hourlyRateMinor: number | null;
                        weeklyLimitMinutes: number | null;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        startedAt: string;
                        completedAt: string | null;
                        firstMilestoneId: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
}
