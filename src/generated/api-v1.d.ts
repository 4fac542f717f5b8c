/* The REST API's types, generated from /api/v1/openapi.json by `npm run api:types`: do not edit. */

export interface paths {
    "/me/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your contracts
         * @description Contracts you are a party to, as client or freelancer, newest first.
         */
        get: operations["contract-mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a contract
         * @description A contract you are a party to; to anyone else it does not exist (404).
         */
        get: operations["contract-byId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a contract's milestones
         * @description Every milestone of a contract you are a party to, in the order planned.
         */
        get: operations["contract-milestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a milestone's work
         * @description The freelancer hands in a funded milestone: a note, links and files.
         */
        post: operations["contract-submitMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a milestone
         * @description The client accepts submitted work and releases its escrow to the freelancer, once however often it is sent.
         */
        post: operations["contract-approveMilestone"];
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
        /**
         * Read a conversation
         * @description The newest messages of a conversation you are in, oldest first; pass `olderBefore` as `before` for the page before.
         */
        get: operations["message-thread"];
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
    "/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a receipt or credit note
         * @description A receipt (a payment) or credit note (a refund), to its issuer and its payer.
         */
        get: operations["payment-receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/earnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your earnings
         * @description Balances per currency (pending, available, paid out), payout account, payouts.
         */
        get: operations["payment-earnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your ledger lines
         * @description Every movement of your money, newest first, a page at a time.
         */
        get: operations["payment-transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/freelancer-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your freelancer profile
         * @description Your profile as you last saved it; null before you have saved one.
         */
        get: operations["profile-myFreelancer"];
        /**
         * Save your freelancer profile
         * @description Replaces the whole profile (skills and portfolio included) with what is sent.
         */
        put: operations["profile-saveFreelancer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/client-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your client profile
         * @description Your company profile as you last saved it; null before you have saved one.
         */
        get: operations["profile-myClient"];
        /**
         * Save your client profile
         * @description Replaces the company profile with what is sent.
         */
        put: operations["profile-saveClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a project
         * @description An open project, or one of your own in any status.
         */
        get: operations["project-byId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a project
         * @description Replaces a draft or open project's brief, budget and skills with what is sent.
         */
        patch: operations["project-update"];
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search open projects
         * @description Open projects matching words and filters, a page at a time; needs no token, though a token needs projects:read.
         */
        get: operations["project-search"];
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
    "/me/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your project with its proposals
         * @description One of your projects, with every proposal and invitation on it.
         */
        get: operations["project-manage"];
        put?: never;
        post?: never;
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
    "/proposals/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shortlist a proposal
         * @description The client marks a proposal as one they are considering.
         */
        post: operations["proposal-shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a proposal
         * @description The client declines a proposal; the freelancer is told.
         */
        post: operations["proposal-reject"];
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
    "contract-mine": {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "active" | "completed" | "ended";
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
                            status: "active" | "completed" | "ended";
                            /** @enum {string} */
                            kind: "fixed" | "hourly";
                            /** @description Integer minor units (cents). */
                            amountMinor: number;
                            hourlyRateMinor: number | null;
                            weeklyLimitMinutes: number | null;
                            /** @description ISO 4217 code, e.g. USD. */
                            currency: string;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            startedAt: string;
                            completedAt: string | null;
                            projectId: string;
                            projectTitle: string;
                            clientId: string;
                            clientName: string;
                            freelancerId: string;
                            freelancerName: string;
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
    "contract-byId": {
        parameters: {
            query?: never;
            header?: never;
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
                        /** @enum {string} */
                        status: "active" | "completed" | "ended";
                        /** @enum {string} */
                        kind: "fixed" | "hourly";
                        /** @description Integer minor units (cents). */
                        amountMinor: number;
                        hourlyRateMinor: number | null;
                        weeklyLimitMinutes: number | null;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        startedAt: string;
                        completedAt: string | null;
                        projectId: string;
                        projectTitle: string;
                        clientId: string;
                        clientName: string;
                        freelancerId: string;
                        freelancerName: string;
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
    "contract-milestones": {
        parameters: {
            query?: never;
            header?: never;
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
                        items: {
                            id: string;
                            contractId: string;
                            title: string;
                            /** @description Integer minor units (cents). */
                            amountMinor: number;
                            /** @enum {string} */
                            status: "pending" | "funded" | "submitted" | "changes_requested" | "approved";
                            dueDate: string | null;
                            submissionNote: string | null;
                            submissionLinks: string[] | null;
                            changesReason: string | null;
                            submittedAt: string | null;
                            approvedAt: string | null;
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
    "contract-submitMilestone": {
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
                    note: string;
                    /** @default [] */
                    links?: string[];
                    /** @default [] */
                    fileIds?: string[];
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
                        contractId: string;
                        title: string;
                        /** @description Integer minor units (cents). */
                        amountMinor: number;
                        /** @enum {string} */
                        status: "pending" | "funded" | "submitted" | "changes_requested" | "approved";
                        dueDate: string | null;
                        submissionNote: string | null;
                        submissionLinks: string[] | null;
                        changesReason: string | null;
                        submittedAt: string | null;
                        approvedAt: string | null;
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
    "contract-approveMilestone": {
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
                        milestone: {
                            id: string;
                            contractId: string;
                            title: string;
                            /** @description Integer minor units (cents). */
                            amountMinor: number;
                            /** @enum {string} */
                            status: "pending" | "funded" | "submitted" | "changes_requested" | "approved";
                            dueDate: string | null;
                            submissionNote: string | null;
                            submissionLinks: string[] | null;
                            changesReason: string | null;
                            submittedAt: string | null;
                            approvedAt: string | null;
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
                        contractCompleted: boolean;
                        /** @description The escrow released to the freelancer, less the fee; null if none was funded. */
                        release: {
                            transactionId: string;
                            /** @description Integer minor units (cents). */
                            grossMinor: number;
                            /** @description Integer minor units (cents). */
                            feeMinor: number;
                            /** @description Integer minor units (cents). */
                            netMinor: number;
                        } | null;
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
    "message-thread": {
        parameters: {
            query?: {
                before?: number | null;
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: string;
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
                        conversation: {
                            id: string;
                            project: {
                                id: string;
                                title: string;
                            };
                            contractId: string | null;
                            other: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            myRole: "client" | "freelancer";
                            lastSeq: number;
                        };
                        messages: {
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
                        }[];
                        /** @description Pass as `before` for the older page; null when this is the first. */
                        olderBefore: number | null;
                        myLastReadSeq: number;
                        otherLastReadSeq: number;
                        blocked: {
                            byMe: boolean;
                            byThem: boolean;
                        };
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
                            kind: "proposal.received" | "proposal.shortlisted" | "proposal.declined" | "proposal.hired" | "invitation.received" | "milestone.planned" | "milestone.edited" | "milestone.submitted" | "milestone.changes_requested" | "milestone.approved" | "amendment.proposed" | "amendment.answered" | "timesheet.submitted" | "timesheet.approved" | "timesheet.disputed" | "contract.ended" | "contract.completed" | "review.received" | "review.replied" | "saved_search.matched" | "message.unread" | "payment.funded" | "payment.released" | "payment.failed" | "payment.refunded" | "payout.paid" | "dispute.opened" | "dispute.posted" | "dispute.withdrawn" | "dispute.resolved" | "dispute.unanswered" | "report.handled" | "content.hidden" | "account.status_changed" | "data_export.ready" | "webhook.disabled";
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
    "payment-receipt": {
        parameters: {
            query?: never;
            header?: never;
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
                        number: string;
                        /** @enum {string} */
                        kind: "receipt" | "refund";
                        issuer: {
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        issuedAt: string;
                        billedTo: {
                            name: string;
                            email: string;
                        };
                        freelancerName: string;
                        projectTitle: string;
                        contractId: string;
                        description: string;
                        /** @description Integer minor units (cents). */
                        amountMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        cardLabel: string | null;
                        provider: string;
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
    "payment-earnings": {
        parameters: {
            query?: never;
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
                        /** @enum {string} */
                        provider: "sandbox" | "stripe";
                        balances: {
                            /** @description ISO 4217 code, e.g. USD. */
                            currency: string;
                            /** @description Released but not yet available to withdraw. */
                            pending: number;
                            /** @description Integer minor units (cents). */
                            available: number;
                            /** @description Integer minor units (cents). */
                            paid_out: number;
                        }[];
                        payoutAccount: {
                            detailsSubmitted: boolean;
                            payoutsEnabled: boolean;
                            transfersEnabled: boolean;
                        } | null;
                        canWithdraw: boolean;
                        payouts: {
                            id: string;
                            userId: string;
                            /** @description Integer minor units (cents). */
                            amountMinor: number;
                            /** @description ISO 4217 code, e.g. USD. */
                            currency: string;
                            provider: string;
                            sourceChargeRef: string | null;
                            transferGroup: string | null;
                            /** @enum {string} */
                            status: "pending" | "paid" | "failed";
                            failureMessage: string | null;
                            paidAt: string | null;
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
    "payment-transactions": {
        parameters: {
            query?: {
                cursor?: number | null;
                limit?: number;
                account?: "available" | "pending" | "paid_out" | "escrow" | "platform_fees" | "provider_clearing";
                kind?: "charge" | "release" | "refund" | "payout" | "payout_paid" | "payout_returned" | "reversal" | "settlement";
                currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "CHF" | "JPY" | "KRW" | "KWD" | "BHD";
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
                            seq: number;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            at: string;
                            /** @enum {string} */
                            account: "available" | "pending" | "paid_out" | "escrow" | "platform_fees" | "provider_clearing";
                            /** @enum {string} */
                            kind: "charge" | "release" | "refund" | "payout" | "payout_paid" | "payout_returned" | "reversal" | "settlement";
                            /** @description Signed: positive in, negative out. */
                            amountMinor: number;
                            /** @description Integer minor units (cents). */
                            feeMinor: number;
                            /** @description ISO 4217 code, e.g. USD. */
                            currency: string;
                            memo: string;
                            contractId: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: number | null;
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
    "profile-myFreelancer": {
        parameters: {
            query?: never;
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
                        userId: string;
                        headline: string;
                        bio: string;
                        /** @description Integer minor units (cents). */
                        hourlyRateMinor: number;
                        /** @description ISO 4217 code, e.g. USD. */
                        currency: string;
                        /** @enum {string} */
                        availability: "available" | "limited" | "unavailable";
                        location: string;
                        skillIds: number[];
                        portfolio: {
                            title: string;
                            description: string;
                            url: string | null;
                            imageFileId: string | null;
                        }[];
                        completedContracts: number;
                        reviewCount: number;
                        ratingTotal: number;
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
                    } | null;
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
    "profile-saveFreelancer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    headline: string;
                    bio: string;
                    hourlyRateMinor: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP";
                    /** @enum {string} */
                    availability: "available" | "limited" | "unavailable";
                    location: string;
                    skillIds: number[];
                    portfolio?: {
                        title: string;
                        description: string;
                        url: string | null;
                        imageFileId?: string | null;
                    }[];
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
    "profile-myClient": {
        parameters: {
            query?: never;
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
                        userId: string;
                        companyName: string;
                        about: string;
                        website: string | null;
                        location: string;
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
                    } | null;
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
    "profile-saveClient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyName: string;
                    about: string;
                    website: string | null;
                    location: string;
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
    "project-byId": {
        parameters: {
            query?: never;
            header?: never;
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
                        description: string;
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
                        /** @enum {string} */
                        experienceLevel: "entry" | "intermediate" | "expert";
                        /** @enum {string} */
                        duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                        deadline: string | null;
                        publishedAt: string | null;
                        editedAt: string | null;
                        clientId: string;
                        clientName: string;
                        skills: {
                            slug: string;
                            name: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                         */
                        createdAt: string;
                        hiddenNote: string | null;
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
    "project-update": {
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
                    /**
                     * Format: date-time
                     * @default null
                     */
                    deadline?: ((string | null) | null) | string | null;
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
                        /** @description When the brief last changed after publishing. */
                        editedAt: string | null;
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
    "project-search": {
        parameters: {
            query?: {
                q?: string;
                skills?: string[];
                budgetType?: "fixed" | "hourly";
                experienceLevel?: "entry" | "intermediate" | "expert";
                minBudgetMinor?: number;
                maxBudgetMinor?: number;
                postedWithinDays?: number;
                sort?: "relevance" | "newest" | "budget";
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
                        /** @enum {string} */
                        sort: "relevance" | "newest" | "budget";
                        items: {
                            id: string;
                            title: string;
                            description: string;
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
                            /** @enum {string} */
                            experienceLevel: "entry" | "intermediate" | "expert";
                            /** @enum {string} */
                            duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                            deadline: string | null;
                            publishedAt: string | null;
                            editedAt: string | null;
                            clientId: string;
                            clientName: string;
                            skills: {
                                slug: string;
                                name: string;
                            }[];
                            /** @description A piece of the description around the matched words, marked with U+0002 … U+0003. */
                            snippet: string;
                            /** @description The title with the matched words marked with U+0002 … U+0003. */
                            titleMarked: string;
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
                    /**
                     * Format: date-time
                     * @default null
                     */
                    deadline?: ((string | null) | null) | string | null;
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
                        /** @description When the brief last changed after publishing. */
                        editedAt: string | null;
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
    "project-manage": {
        parameters: {
            query?: never;
            header?: never;
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
                        project: {
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
                            clientId: string;
                            description: string;
                            /** @enum {string} */
                            experienceLevel: "entry" | "intermediate" | "expert";
                            /** @enum {string} */
                            duration: "under_1_week" | "1_to_4_weeks" | "1_to_3_months" | "3_to_6_months" | "over_6_months";
                            deadline: string | null;
                            editedAt: string | null;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            updatedAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            contractId: string | null;
                            skills: {
                                id: number;
                                slug: string;
                                name: string;
                            }[];
                        };
                        proposals: {
                            id: string;
                            freelancerId: string;
                            freelancerName: string;
                            headline: string | null;
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
                            skillsMatched: number;
                            completedContracts: number;
                            reviewCount: number;
                            rating: number | null;
                        }[];
                        invitations: {
                            id: string;
                            freelancerId: string;
                            freelancerName: string;
                            headline: string | null;
                            listed: boolean;
                            /** @enum {string} */
                            status: "pending" | "proposed" | "declined";
                            declineReason: string | null;
                            /**
                             * Format: date-time
                             * @description A time, as ISO 8601 in UTC (a Date for tRPC callers).
                             */
                            invitedAt: string;
                            answeredAt: string | null;
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
                        /** @description When the brief last changed after publishing. */
                        editedAt: string | null;
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
    "proposal-shortlist": {
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
    "proposal-reject": {
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
